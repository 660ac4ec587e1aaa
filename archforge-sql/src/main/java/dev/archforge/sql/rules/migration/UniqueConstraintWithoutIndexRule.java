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
 * ADD CONSTRAINT ... UNIQUE or PRIMARY KEY on an existing table builds the unique index while the
 * ALTER TABLE holds an ACCESS EXCLUSIVE lock: no reads or writes until the build ends. With
 * {@code USING INDEX} the index was built beforehand (CONCURRENTLY) and is only attached.
 * At {@code info}: the build is what hurts, and on small tables it takes milliseconds; the schema
 * does not say which tables are large.
 */
@RuleInfo(
        id = "sql-unique-constraint-without-index",
        title = "UNIQUE or PRIMARY KEY constraint is added to an existing table without USING INDEX",
        severity = Severity.INFO,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix =
                "CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE ... ADD CONSTRAINT name UNIQUE USING INDEX "
                        + "index (or PRIMARY KEY USING INDEX index).")
public final class UniqueConstraintWithoutIndexRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.liveNotSmallTable(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add) {
                    String kind = kind(add.constraint());
                    if (!kind.isEmpty()) {
                        String name = add.constraint()
                                .name()
                                .map(n -> "'" + n.raw() + "' ")
                                .orElse("");
                        context.report(
                                alter,
                                action.span(),
                                kind + " constraint " + name + "is added to existing table '"
                                        + alter.table().raw() + "' without USING INDEX");
                    }
                }
            }
        }
    }

    /** "UNIQUE" or "PRIMARY KEY" when the constraint builds its own index, else "". */
    private static String kind(TableConstraint c) {
        if (c instanceof TableConstraint.Unique u && u.usingIndex().isEmpty()) {
            return "UNIQUE";
        }
        if (c instanceof TableConstraint.PrimaryKey p && p.usingIndex().isEmpty()) {
            return "PRIMARY KEY";
        }
        return "";
    }
}
