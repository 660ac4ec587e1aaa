package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.DropIndex;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Table;
import java.util.Optional;

/**
 * DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table: it waits
 * for every running query on the table, and everything queues behind it. An index of a table
 * created earlier in the same file is left out.
 */
@RuleInfo(
        id = "sql-index-dropped-without-concurrently",
        title = "Index of an existing table is dropped without CONCURRENTLY",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "Use DROP INDEX CONCURRENTLY, one index per statement, outside a transaction block.")
public final class IndexDroppedWithoutConcurrentlyRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (DropIndex drop : context.statements(DropIndex.class)) {
            if (drop.concurrently()) {
                continue;
            }
            for (QualifiedName name : drop.names()) {
                Optional<Table> owner = context.schemaBefore(drop).tableOfIndex(name);
                if (owner.isPresent()
                        && !Existing.table(context, drop, owner.get().name())) {
                    continue; // the table is new in this file
                }
                String table = owner.map(t -> " on existing table '" + t.name().raw() + "'")
                        .orElse("");
                context.report(
                        drop, name.span(), "Index '" + name.raw() + "'" + table + " is dropped without CONCURRENTLY");
            }
        }
    }
}
