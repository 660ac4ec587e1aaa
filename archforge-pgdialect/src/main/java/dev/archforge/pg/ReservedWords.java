package dev.archforge.pg;

import java.util.Set;

/**
 * PostgreSQL's reserved key words: those the "SQL Key Words" appendix marks reserved in PostgreSQL,
 * including "reserved (can be function or type)", which cannot name a table or column either.
 * Non-reserved key words ({@code name}, {@code type}, {@code position}) are ordinary identifiers. A
 * reserved word names a table or column only quoted, and an unquoted {@code user} silently means
 * {@code current_user}: the review reports such names, the DDL writer quotes them.
 */
public final class ReservedWords {
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

    private ReservedWords() {}

    /** True when the lower-case {@code word} is reserved. */
    public static boolean contains(String word) {
        return RESERVED.contains(word);
    }

    /** Every reserved word, lower-case, in no particular order. */
    public static Set<String> all() {
        return RESERVED;
    }
}
