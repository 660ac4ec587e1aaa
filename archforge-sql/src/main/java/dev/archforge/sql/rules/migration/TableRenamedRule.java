package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * ALTER TABLE ... RENAME TO on an existing table: the application version still running during
 * and after the deploy queries the old name and fails until it is replaced. A table created
 * earlier in the same file is not used by running code yet, and a planned swap (the table takes
 * the name of a table the same file dropped: build the new one aside, then swap) is the point of
 * the change. Online only.
 */
@RuleInfo(
        id = "sql-table-renamed",
        title = "Existing table is renamed",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "Rename in steps: rename the table and leave a view with the old name (simple views are "
                + "updatable), deploy code that uses the new name, then drop the view.")
public final class TableRenamedRule implements SqlRule {
    /** The new name belonged to a table when the file started, and the file dropped it before now. */
    private static boolean swap(SqlContext context, AlterTable alter, AlterAction.RenameTable rename) {
        QualifiedName target = alter.table().withName(rename.to());
        return context.file().schemaAtStart().table(target).isPresent()
                && context.schemaBefore(alter).table(target).isEmpty();
    }

    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.table(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.RenameTable rename && !swap(context, alter, rename)) {
                    context.report(
                            alter,
                            action.span(),
                            "Existing table '" + alter.table().raw() + "' is renamed to '"
                                    + rename.to().raw() + "'");
                }
            }
        }
    }
}
