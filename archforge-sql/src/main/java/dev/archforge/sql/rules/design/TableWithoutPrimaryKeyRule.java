package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * A table the review ends with that has no primary key, reported at its CREATE TABLE. A key added
 * later (pg_dump's ALTER TABLE ... ADD CONSTRAINT, a later migration) counts. Temporary tables and
 * partitions (whose key is the partitioned table's) are left out.
 */
@RuleInfo(
        id = "sql-table-without-primary-key",
        title = "Table has no primary key",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Add a primary key: an identity column (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY) or "
                + "the natural key's columns.")
public final class TableWithoutPrimaryKeyRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (CreateTable create : context.statements(CreateTable.class)) {
            if (create.temporary() || create.partitionOf().isPresent()) {
                continue;
            }
            context.finalTable(create, create.name())
                    .filter(t -> t.primaryKey().isEmpty() && t.partitionOf().isEmpty())
                    .ifPresent(t -> context.report(create, "Table '" + t.name().raw() + "' has no primary key"));
        }
    }
}
