package dev.archforge.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable identity of a finding for baselines and SARIF: rule, file, JSON pointer (or line, where
 * there is none) and message, so edits that only move lines do not make an old finding look new.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(Finding f) {
        Location l = f.location();
        String where = l.pointer().orElse("line " + l.line());
        String key = f.ruleId() + '\u0000' + l.file() + '\u0000' + where + '\u0000' + f.message();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
