package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.CheckConstraint;
import dev.archforge.sql.schema.Table;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SET NOT NULL on a column of an existing table scans the whole table under an ACCESS EXCLUSIVE
 * lock, unless a validated {@code CHECK (col IS NOT NULL)} already proves it (PostgreSQL 12+). A
 * column already NOT NULL before the statement, and a table created earlier in the same file, are
 * left out.
 * At {@code info}: the scan is what hurts, and on the corpus's live histories a fifth of these
 * tables held a few hundred rows, where it takes milliseconds; the schema does not say which are large.
 */
@RuleInfo(
        id = "sql-set-not-null-without-check",
        title = "SET NOT NULL on an existing table without a validated CHECK",
        severity = Severity.INFO,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "First ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT c, then SET NOT "
                + "NULL (PostgreSQL 12+ skips the scan), then drop the check.")
public final class SetNotNullWithoutCheckRule implements SqlRule {
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.liveNotSmallTable(context, alter, alter.table())) {
                continue;
            }
            Optional<Table> before = context.schemaBefore(alter).table(alter.table());
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.SetNotNull set) {
                    String column = set.column().value();
                    boolean already = before.flatMap(t -> t.column(column))
                            .map(c -> c.notNull())
                            .orElse(false);
                    boolean proven = before.map(
                                    t -> t.checks().stream().anyMatch(k -> k.valid() && provesNotNull(k, column)))
                            .orElse(false);
                    if (!already && !proven) {
                        context.report(
                                alter,
                                action.span(),
                                "Column '" + set.column().raw() + "' of existing table '"
                                        + alter.table().raw()
                                        + "' is SET NOT NULL without a validated CHECK ("
                                        + set.column().raw()
                                        + " IS NOT NULL)");
                    }
                }
            }
        }
    }

    /** True when the check is {@code col IS NOT NULL}, alone or as one term of an AND. */
    static boolean provesNotNull(CheckConstraint check, String column) {
        String text = check.expression()
                .toLowerCase(Locale.ROOT)
                .replace("\"", "")
                .replace("(", " ")
                .replace(")", " ")
                .strip();
        for (String term : AND.split(text)) {
            if (term.strip().replaceAll("\\s+", " ").equals(column.toLowerCase(Locale.ROOT) + " is not null")) {
                return true;
            }
        }
        return false;
    }
}
