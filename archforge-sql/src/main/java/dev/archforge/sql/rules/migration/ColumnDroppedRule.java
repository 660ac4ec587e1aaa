package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * DROP COLUMN on a table that exists before the migration, on a database that keeps serving: the
 * application version still running during the deploy selects or inserts the column and fails. A
 * table created earlier in the same file is new, so nothing reads it yet; a column added earlier
 * in the file is not read by running code either; a column an earlier data statement of the file
 * copied or recomputed from (an INSERT ... SELECT or UPDATE naming it) has moved, and dropping it
 * is the end of the move. Online only: with the service stopped the drop is the intended change.
 */
@RuleInfo(
        id = "sql-column-dropped",
        title = "Column is dropped from an existing table",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "First release code that no longer reads or writes the column (for ORMs, mark it ignored), "
                + "then drop it in a later migration.")
public final class ColumnDroppedRule implements SqlRule {
    /** The column was added earlier in the file, or an earlier data statement of the file read it. */
    private static boolean intended(SqlContext context, AlterTable alter, AlterAction.DropColumn drop) {
        String column = drop.column().value();
        boolean addedInFile = context.file()
                .schemaAtStart()
                .table(alter.table())
                .map(t -> t.column(column).isEmpty())
                .orElse(false);
        return addedInFile || DataReads.columnReadBefore(context, alter, column);
    }

    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.table(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.DropColumn drop && !intended(context, alter, drop)) {
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
