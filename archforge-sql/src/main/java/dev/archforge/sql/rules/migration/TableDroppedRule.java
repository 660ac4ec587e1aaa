package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.DropTable;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * DROP TABLE of a table that exists before the migration: the running application may still read
 * it, and the data is gone for good. A table created earlier in the same file (a temporary work
 * table) is left out.
 */
@RuleInfo(
        id = "sql-table-dropped",
        title = "Existing table is dropped",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        howToFix = "Release code that no longer uses the table first, keep a backup or rename it out of the way, "
                + "then drop it in a later migration.")
public final class TableDroppedRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (DropTable drop : context.statements(DropTable.class)) {
            for (QualifiedName name : drop.names()) {
                if (Existing.table(context, drop, name)) {
                    context.report(drop, name.span(), "Existing table '" + name.raw() + "' is dropped");
                }
            }
        }
    }
}
