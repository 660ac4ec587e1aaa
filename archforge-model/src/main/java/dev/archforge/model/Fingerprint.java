package dev.archforge.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable identity of a finding for baselines and SARIF: rule, file, JSON pointer and message
 * with its numbers masked. No line (edits that only move lines do not make an old finding look
 * new) and no counts ("used by 12 operations", "118 of 119 paths" change when unrelated parts of
 * the document change); two findings that differ only there share a fingerprint, and a baseline
 * counts how many it holds.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(Finding f) {
        return of(f, f.location().file());
    }

    /** The fingerprint with the file named as given, such as relative to a baseline's folder. */
    public static String of(Finding f, String file) {
        Location l = f.location();
        String key = f.ruleId()
                + '\u0000'
                + file
                + '\u0000'
                + l.pointer().orElse("")
                + '\u0000'
                + withoutNumbers(f.message());
        return digest(key);
    }

    private static String digest(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * The exact identity of one finding: rule, file, JSON pointer (or line, where there is none) and the
     * whole message. Hand labels (the precision sets) name findings by it: unlike {@link #of}, two
     * findings that differ only in a count stay apart.
     */
    public static String exact(Finding f) {
        Location l = f.location();
        return digest(f.ruleId()
                + '\u0000'
                + l.file()
                + '\u0000'
                + l.pointer().orElse("line " + l.line())
                + '\u0000'
                + f.message());
    }

    /** Each run of digits as one '#': counts change, the words around them name the problem. */
    static String withoutNumbers(String message) {
        StringBuilder out = new StringBuilder(message.length());
        boolean inNumber = false;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!inNumber) {
                    out.append('#');
                }
                inNumber = true;
            } else {
                out.append(c);
                inNumber = false;
            }
        }
        return out.toString();
    }
}
