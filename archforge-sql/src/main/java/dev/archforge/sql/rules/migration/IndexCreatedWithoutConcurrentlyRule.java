package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.CreateIndex;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * CREATE INDEX without CONCURRENTLY takes a SHARE lock: writes to the table wait until the whole
 * index is built. Only a table that exists before the migration matters; one created earlier in
 * the same file is new and empty. {@code ON ONLY} (the partitioned-table recipe) is left out.
 */
@RuleInfo(
        id = "sql-index-created-without-concurrently",
        title = "Index on an existing table is created without CONCURRENTLY",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "Use CREATE INDEX CONCURRENTLY, outside a transaction block (one statement per migration, "
                + "with the tool's transaction turned off).")
public final class IndexCreatedWithoutConcurrentlyRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (CreateIndex index : context.statements(CreateIndex.class)) {
            if (index.concurrently() || index.only() || !Existing.liveNotSmallTable(context, index, index.table())) {
                continue;
            }
            String name = index.name().map(n -> "'" + n.raw() + "' ").orElse("");
            context.report(
                    index,
                    "Index " + name + "on existing table '" + index.table().raw()
                            + "' is created without CONCURRENTLY");
        }
    }
}
