package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * RENAME COLUMN on an existing table: the application version still running during and after the
 * deploy reads and writes the old name and fails until it is replaced. A table created earlier in
 * the same file, or a column added earlier in it, is not used by running code yet.
 */
@RuleInfo(
        id = "sql-column-renamed",
        title = "Column of an existing table is renamed",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "Expand and contract: add the new column, write to both, backfill, move reads, then drop the old "
                + "column once no deployed code uses it (or rename behind a view).")
public final class ColumnRenamedRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.table(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.RenameColumn rename
                        && !addedEarlierInFile(context, alter, rename.from().value())) {
                    context.report(
                            alter,
                            action.span(),
                            "Column '" + rename.from().raw() + "' of existing table '"
                                    + alter.table().raw() + "' is renamed to '"
                                    + rename.to().raw() + "'");
                }
            }
        }
    }

    private static boolean addedEarlierInFile(SqlContext context, AlterTable rename, String column) {
        for (Statement s : context.statements()) {
            if (s == rename) {
                return false;
            }
            if (s instanceof AlterTable a
                    && context.tableKey(a, a.table()).equals(context.tableKey(rename, rename.table()))) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddColumn add
                            && add.column().name().value().equals(column)) {
                        return true;
                    }
                    if (action instanceof AlterAction.RenameColumn r
                            && r.to().value().equals(column)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
