package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Set;

/**
 * A table or column named with a PostgreSQL reserved key word ({@code user}, {@code order},
 * {@code group}, {@code end}): PostgreSQL accepts it only quoted, so every query must quote it, and
 * an unquoted {@code user} silently means {@code current_user}. The words are those the "SQL Key
 * Words" appendix marks reserved in PostgreSQL, including "reserved (can be function or type)",
 * which cannot name a column either; non-reserved key words ({@code name}, {@code type},
 * {@code position}) are fine.
 */
@RuleInfo(
        id = "sql-reserved-word-identifier",
        title = "Table or column named with a reserved key word",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix =
                "Rename it to a word that is not reserved (users, orders, user_group, ends_at) so it needs no quotes.")
public final class ReservedWordIdentifierRule implements SqlRule {
    /** PostgreSQL's reserved key words, and those reserved but allowed as function or type names. */
    static final Set<String> RESERVED = Set.of(
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

    @Override
    public void check(SqlContext context) {
        for (NamedSites.Site site : NamedSites.of(context)) {
            if (RESERVED.contains(site.name().value())) {
                context.report(
                        site.statement(),
                        site.span(),
                        site.describe() + " is named with the reserved key word "
                                + site.name().value());
            }
        }
    }
}
