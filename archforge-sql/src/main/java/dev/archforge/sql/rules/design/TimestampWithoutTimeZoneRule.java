package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.Conventions;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * A column of type {@code timestamp without time zone} (what plain {@code timestamp} means) that
 * stays so in the final schema: it records a wall-clock reading, not an instant. At {@code info}:
 * applications that write UTC everywhere live with it, and Rails schemas have it on every table.
 * A schema that uses timestamp without time zone throughout (a framework's convention, storing
 * UTC) gets one finding naming the count; where most timestamps carry the zone, each one that
 * does not is reported.
 */
@RuleInfo(
        id = "sql-timestamp-without-time-zone",
        title = "Column stores timestamps without time zone",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use timestamptz (timestamp with time zone); it stores an instant and converts on display.")
public final class TimestampWithoutTimeZoneRule implements SqlRule {
    static final String TYPE = "timestamp without time zone";
    static final String WITH_ZONE = "timestamp with time zone";

    @Override
    public void check(SqlContext context) {
        Conventions.report(
                context,
                TimestampWithoutTimeZoneRule.class,
                (file, site) -> site.type().name().equals(TYPE) && site.finallyHasType(TYPE),
                (file, site) -> site.type().name().equals(WITH_ZONE) && site.finallyHasType(WITH_ZONE),
                site -> "Column '" + site.column() + "' of '" + site.table().raw() + "' is "
                        + site.type().text(),
                tally -> tally.uses().size() + " columns are timestamp without time zone, the schema's convention ("
                        + Conventions.firstOf(tally) + "); " + tally.alternatives() + " are timestamp with time zone");
    }
}
