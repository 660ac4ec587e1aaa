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
 * {@code ADD COLUMN c ... UNIQUE} (or {@code PRIMARY KEY}) on an existing table builds the unique
 * index in the same ALTER TABLE, under its ACCESS EXCLUSIVE lock: no reads or writes of the table
 * until the index over every row is built. Tables created earlier in the file and lookup tables
 * are left out; online only.
 */
@RuleInfo(
        id = "sql-unique-column-added-to-existing-table",
        title = "Column with an inline UNIQUE is added to an existing table",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "Add the column without UNIQUE, CREATE UNIQUE INDEX CONCURRENTLY on it, then ALTER TABLE ... ADD "
                + "CONSTRAINT name UNIQUE USING INDEX index.")
public final class UniqueColumnAddedRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            if (!Existing.liveNotSmallTable(context, alter, alter.table())) {
                continue;
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add
                        && add.column().constraints().stream()
                                .anyMatch(k -> k instanceof TableConstraint.Unique
                                        || k instanceof TableConstraint.PrimaryKey)) {
                    context.report(
                            alter,
                            action.span(),
                            "Column '" + add.column().name().raw() + "' is added to existing table '"
                                    + alter.table().raw()
                                    + "' with an inline unique key, whose index is built under ACCESS EXCLUSIVE");
                }
            }
        }
    }
}
