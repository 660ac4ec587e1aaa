package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * ALTER COLUMN ... TYPE to a narrower type on an existing table (bigint to integer, a shorter
 * varchar, text to varchar(n), a numeric with fewer digits, timestamptz to timestamp...): existing
 * values may not fit, so the migration fails in production, or they are rounded or lose their
 * time zone. Reported only when the schema knows the old type, and not after an UPDATE of the
 * table earlier in the file (which usually makes the values fit). A warning: the change is often
 * deliberate and the data known to fit.
 */
@RuleInfo(
        id = "sql-column-type-narrowed",
        title = "Column type of an existing table is narrowed",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        howToFix = "Check the live data fits first; prefer a CHECK constraint (added NOT VALID, then validated) "
                + "over a narrower type, or migrate through a new column.")
public final class ColumnTypeNarrowedRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (TypeChanges.Change change : TypeChanges.of(context)) {
            if (change.kind() == TypeChanges.Kind.NARROWING) {
                context.report(
                        change.statement(),
                        change.action().span(),
                        "Type of column '" + change.column() + "' of existing table '"
                                + change.statement().table().raw() + "' is narrowed from "
                                + change.from().map(t -> t.text()).orElse("?") + " to " + change.to());
            }
        }
    }
}
