package dev.archforge.design.artifact.sql.ddl;

import java.util.Set;

/**
 * PostgreSQL identifiers: which need quotes, and how long they may be. Names come from
 * {@code Names.snake}, so quoting is the exception (a field named like a reserved word).
 */
public final class Identifiers {
    /** PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN - 1). */
    public static final int MAX_LENGTH = 63;

    /** Words PostgreSQL reserves, including those that "can be function or type" (SQL Key Words appendix). */
    private static final Set<String> RESERVED = Set.of(
            "all",
            "analyse",
            "analyze",
            "and",
            "any",
            "array",
            "as",
            "asc",
            "asymmetric",
            "authorization",
            "binary",
            "both",
            "case",
            "cast",
            "check",
            "collate",
            "collation",
            "column",
            "concurrently",
            "constraint",
            "create",
            "cross",
            "current_catalog",
            "current_date",
            "current_role",
            "current_schema",
            "current_time",
            "current_timestamp",
            "current_user",
            "default",
            "deferrable",
            "desc",
            "distinct",
            "do",
            "else",
            "end",
            "except",
            "false",
            "fetch",
            "for",
            "foreign",
            "freeze",
            "from",
            "full",
            "grant",
            "group",
            "having",
            "ilike",
            "in",
            "initially",
            "inner",
            "intersect",
            "into",
            "is",
            "isnull",
            "join",
            "lateral",
            "leading",
            "left",
            "like",
            "limit",
            "localtime",
            "localtimestamp",
            "natural",
            "not",
            "notnull",
            "null",
            "offset",
            "on",
            "only",
            "or",
            "order",
            "outer",
            "overlaps",
            "placing",
            "primary",
            "references",
            "returning",
            "right",
            "select",
            "session_user",
            "similar",
            "some",
            "symmetric",
            "system_user",
            "table",
            "tablesample",
            "then",
            "to",
            "trailing",
            "true",
            "union",
            "unique",
            "user",
            "using",
            "variadic",
            "verbose",
            "when",
            "where",
            "window",
            "with");

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
        if (name.matches("[a-z_][a-z0-9_]*") && !RESERVED.contains(name)) {
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
