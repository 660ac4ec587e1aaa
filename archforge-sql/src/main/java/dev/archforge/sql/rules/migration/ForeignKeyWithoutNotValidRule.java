package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.TableConstraint;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * A foreign key added to an existing table without NOT VALID: PostgreSQL checks every row while
 * it holds a SHARE ROW EXCLUSIVE lock on both tables, so writes to both wait for the scan. The
 * same holds for ADD COLUMN ... REFERENCES when the new column has a default (without one, every
 * row is NULL and PostgreSQL skips the check). A table created earlier in the same file is new
 * and empty.
 */
@RuleInfo(
        id = "sql-foreign-key-without-not-valid",
        title = "Foreign key is added to an existing table without NOT VALID",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "Add the foreign key NOT VALID (instant), then ALTER TABLE ... VALIDATE CONSTRAINT in a separate "
                + "statement or migration: validation takes only a SHARE UPDATE EXCLUSIVE lock.")
public final class ForeignKeyWithoutNotValidRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.liveNotSmallTable(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add
                        && !add.notValid()
                        && add.constraint() instanceof TableConstraint.ForeignKey fk) {
                    report(context, alter, fk, "Foreign key ");
                } else if (action instanceof AlterAction.AddColumn add
                        && add.column().hasDefault()) {
                    for (TableConstraint k : add.column().constraints()) {
                        if (k instanceof TableConstraint.ForeignKey fk) {
                            report(context, alter, fk, "Foreign key of new column with a default ");
                        }
                    }
                }
            }
        }
    }

    private static void report(SqlContext context, AlterTable alter, TableConstraint.ForeignKey fk, String what) {
        String name = fk.name().map(n -> "'" + n.raw() + "' ").orElse("");
        String columns = String.join(", ", fk.columns().stream().map(Ident::raw).toList());
        context.report(
                alter,
                fk.span(),
                what + name + "(" + columns + ") on existing table '"
                        + alter.table().raw() + "' references '"
                        + fk.references().table().raw() + "' without NOT VALID");
    }
}
