package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Locale;

/**
 * A table or column created with a quoted name that has upper-case letters ({@code "UserName"}):
 * PostgreSQL folds unquoted names to lower case, so every query, tool and ORM must quote it the
 * same way forever, and {@code SELECT UserName} fails with "column username does not exist".
 */
@RuleInfo(
        id = "sql-identifier-quoted-mixed-case",
        title = "Table or column created with a quoted mixed-case name",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use an unquoted lower-case snake_case name (user_name); rename existing objects with "
                + "ALTER TABLE ... RENAME.")
public final class IdentifierQuotedMixedCaseRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (NamedSites.Site site : NamedSites.of(context)) {
            String value = site.name().value();
            if (site.name().quoted() && !value.equals(value.toLowerCase(Locale.ROOT))) {
                context.report(
                        site.statement(),
                        site.span(),
                        site.describe("\"" + value + "\"") + " has a quoted mixed-case name");
            }
        }
    }
}
