package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.Delete;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * ADD COLUMN ... NOT NULL (or PRIMARY KEY) without a default fails on a table that has rows, so
 * the migration passes on an empty development database and breaks in production. Identity,
 * serial and generated columns have values; a table created earlier in the same file, or emptied
 * by a DELETE without WHERE earlier in it, has no rows.
 */
@RuleInfo(
        id = "sql-not-null-column-without-default",
        title = "NOT NULL column is added to an existing table without a default",
        severity = Severity.ERROR,
        category = Category.MIGRATION_SAFETY,
        howToFix = "Add the column with a DEFAULT (constant defaults are instant since PostgreSQL 11), or add it "
                + "nullable, backfill it in batches, then SET NOT NULL after a validated CHECK (col IS NOT NULL).")
public final class NotNullColumnWithoutDefaultRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.table(context, alter, alter.table()) || emptiedBefore(context, alter)) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add && requiresValue(add.column())) {
                    context.report(
                            alter,
                            action.span(),
                            "Column '" + add.column().name().raw() + "' is added to existing table '"
                                    + alter.table().raw() + "' as NOT NULL without a DEFAULT");
                }
            }
        }
    }

    private static boolean emptiedBefore(SqlContext context, AlterTable alter) {
        for (Statement s : context.statements()) {
            if (s == alter) {
                return false;
            }
            if (s instanceof Delete d
                    && !d.hasWhere()
                    && context.tableKey(d, d.table()).equals(context.tableKey(alter, alter.table()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean requiresValue(Column c) {
        return (c.notNull() || c.primaryKey()) && !c.hasDefault();
    }
}
