package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.TableConstraint;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * ADD CHECK on an existing table without NOT VALID: PostgreSQL checks every row while it holds an
 * ACCESS EXCLUSIVE lock, so reads and writes wait for the scan. A table created earlier in the
 * same file is new and empty; when the project names its large tables ({@code large-tables:}), the
 * scan of any other table takes moments.
 */
@RuleInfo(
        id = "sql-check-without-not-valid",
        title = "CHECK constraint is added to an existing table without NOT VALID",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "Add the constraint NOT VALID (instant, new rows are checked), then ALTER TABLE ... VALIDATE "
                + "CONSTRAINT in a separate statement: validation takes only a SHARE UPDATE EXCLUSIVE lock.")
public final class CheckWithoutNotValidRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.liveNotSmallTable(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add
                        && !add.notValid()
                        && add.constraint() instanceof TableConstraint.Check check) {
                    String name = check.name().map(n -> "'" + n.raw() + "' ").orElse("");
                    context.report(
                            alter,
                            check.span(),
                            "CHECK constraint " + name + "is added to existing table '"
                                    + alter.table().raw() + "' without NOT VALID");
                }
            }
        }
    }
}
