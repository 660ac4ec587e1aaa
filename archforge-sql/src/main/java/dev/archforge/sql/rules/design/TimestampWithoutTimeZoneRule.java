package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.rules.ColumnSites;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * A column of type {@code timestamp without time zone} (what plain {@code timestamp} means) that
 * stays so in the final schema: it records a wall-clock reading, not an instant. At {@code info}:
 * applications that write UTC everywhere live with it, and Rails schemas have it on every table.
 */
@RuleInfo(
        id = "sql-timestamp-without-time-zone",
        title = "Column stores timestamps without time zone",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use timestamptz (timestamp with time zone); it stores an instant and converts on display.")
public final class TimestampWithoutTimeZoneRule implements SqlRule {
    static final String TYPE = "timestamp without time zone";

    @Override
    public void check(SqlContext context) {
        for (ColumnSite site : ColumnSites.of(context)) {
            if (site.type().name().equals(TYPE) && site.finallyHasType(TYPE)) {
                context.report(
                        site.statement(),
                        site.span(),
                        "Column '" + site.column() + "' of '" + site.table().raw() + "' is "
                                + site.type().text());
            }
        }
    }
}
