package dev.archforge.sql.precision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One labelled finding of the SQL precision set: its fingerprint, rule, place, verdict and the
 * reason a reader gave after reading the statement in its file.
 *
 * @param verdict {@code real} (worth a review comment), {@code noise} (true but not worth one) or
 *     {@code wrong} (the finding misreads the SQL)
 */
record Label(String fingerprint, String rule, String place, String verdict, String reason) {
    static final Set<String> VERDICTS = Set.of("real", "noise", "wrong");

    Label {
        if (!VERDICTS.contains(verdict)) {
            throw new IllegalArgumentException(
                    "label " + fingerprint + " has verdict '" + verdict + "', expected real, noise or wrong");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("label " + fingerprint + " has no reason");
        }
    }

    /** Reads the tab-separated labels file; lines starting with '#' are comments. */
    static List<Label> read(Path file) throws IOException {
        List<Label> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalArgumentException(
                        file + ":" + n + ": expected 5 tab-separated fields, got " + f.length);
            }
            out.add(new Label(f[0], f[1], f[2], f[3], f[4]));
        }
        return out;
    }
}
