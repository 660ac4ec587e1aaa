package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * DROP COLUMN on a table that exists before the migration: the application version still running
 * during the deploy selects or inserts the column and fails. A table created earlier in the same
 * file is new, so nothing reads it yet.
 */
@RuleInfo(
        id = "sql-column-dropped",
        title = "Column is dropped from an existing table",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        howToFix = "First release code that no longer reads or writes the column (for ORMs, mark it ignored), "
                + "then drop it in a later migration.")
public final class ColumnDroppedRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.table(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.DropColumn drop) {
                    context.report(
                            alter,
                            action.span(),
                            "Column '" + drop.column().raw() + "' is dropped from existing table '"
                                    + alter.table().raw() + "'");
                }
            }
        }
    }
}
