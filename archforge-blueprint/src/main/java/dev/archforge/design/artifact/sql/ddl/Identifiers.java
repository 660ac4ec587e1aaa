package dev.archforge.design.artifact.sql.ddl;

import dev.archforge.pg.ReservedWords;

/**
 * PostgreSQL identifiers: which need quotes, and how long they may be. Names come from
 * {@code Names.snake}, so quoting is the exception (a field named like a reserved word: the words
 * the SQL review's {@code sql-reserved-word-identifier} reports, {@link ReservedWords}).
 */
public final class Identifiers {
    /** PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN - 1). */
    public static final int MAX_LENGTH = 63;

    private Identifiers() {}

    /** Rejects names that are empty or longer than PostgreSQL keeps. */
    public static void check(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "identifier must have 1 to " + MAX_LENGTH + " characters, got '" + name + "'");
        }
    }

    /** The name as written in SQL: plain when it is a lower-case word that is not reserved, else quoted. */
    public static String quote(String name) {
        if (name.matches("[a-z_][a-z0-9_]*") && !ReservedWords.contains(name)) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * A derived name ({@code table_column_idx}) cut to {@link #MAX_LENGTH}: the base is shortened and
     * the suffix kept, so the kind of object stays visible.
     */
    public static String derived(String base, String suffix) {
        String name = base + "_" + suffix;
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        return base.substring(0, MAX_LENGTH - suffix.length() - 1) + "_" + suffix;
    }
}
