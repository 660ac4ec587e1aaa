package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.pg.ReservedWords;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * A table or column named with a PostgreSQL reserved key word ({@code user}, {@code order},
 * {@code group}, {@code end}): PostgreSQL accepts it only quoted, so every query must quote it, and
 * an unquoted {@code user} silently means {@code current_user}. The words are those the "SQL Key
 * Words" appendix marks reserved in PostgreSQL, including "reserved (can be function or type)",
 * which cannot name a column either; non-reserved key words ({@code name}, {@code type},
 * {@code position}) are fine. The list is {@link ReservedWords}, the one the DDL writer quotes by.
 */
@RuleInfo(
        id = "sql-reserved-word-identifier",
        title = "Table or column named with a reserved key word",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix =
                "Rename it to a word that is not reserved (users, orders, user_group, ends_at) so it needs no quotes.")
public final class ReservedWordIdentifierRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (NamedSites.Site site : NamedSites.of(context)) {
            if (ReservedWords.contains(site.name().value())) {
                context.report(
                        site.statement(),
                        site.span(),
                        site.describe() + " is named with the reserved key word "
                                + site.name().value());
            }
        }
    }
}
