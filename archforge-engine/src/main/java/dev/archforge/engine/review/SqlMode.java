package dev.archforge.engine.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How SQL inputs are read ({@code --sql-mode}): AUTO takes a folder or several files as a
 * migration history and one file as a schema; SCHEMA and MIGRATION force one reading.
 */
public enum SqlMode {
    AUTO,
    SCHEMA,
    MIGRATION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SqlMode> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.id().equals(text)).findFirst();
    }
}
