package dev.archforge.sql.precision;

import dev.archforge.model.Finding;
import dev.archforge.model.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity a label names its finding by: rule, file, JSON pointer (or line) and the whole message.
 * Fixed here, apart from the baseline's {@code Fingerprint}, which may change its recipe (it now masks
 * counts) without orphaning the labels written against this one.
 */
final class LabelFingerprint {
    private LabelFingerprint() {}

    static String of(Finding f) {
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
