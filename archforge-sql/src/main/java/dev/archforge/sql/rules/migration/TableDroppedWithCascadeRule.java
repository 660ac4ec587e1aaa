package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.DropTable;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.ForeignKey;
import dev.archforge.sql.schema.Schema;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DROP TABLE ... CASCADE of a table that other tables, which stay, reference by foreign key:
 * PostgreSQL drops those foreign keys silently along with the table, so the referencing tables
 * lose their integrity check for good. Reported when the review ends with a referencing table
 * that no longer has a foreign key to a table of that name (no later statement restored it).
 * Reported in both migration settings, and for tables created earlier in the same file too: the
 * loss is in the schema, not in a lock.
 */
@RuleInfo(
        id = "sql-table-dropped-with-cascade",
        title = "DROP TABLE ... CASCADE silently drops other tables' foreign keys",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        howToFix = "Drop the referencing foreign keys explicitly (ALTER TABLE ... DROP CONSTRAINT) or re-create "
                + "them against the replacement table, then drop the table without CASCADE.")
public final class TableDroppedWithCascadeRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (DropTable drop : context.statements(DropTable.class)) {
            if (!drop.cascade()) {
                continue;
            }
            Schema before = context.schemaBefore(drop);
            Set<String> dropped = new HashSet<>();
            drop.names().forEach(n -> dropped.add(before.tableKey(n)));
            for (QualifiedName name : drop.names()) {
                String key = before.tableKey(name);
                if (before.table(key).isEmpty()) {
                    continue;
                }
                List<String> lost = new ArrayList<>();
                for (Table t : before.tables()) {
                    boolean refers = t.foreignKeys().stream()
                            .anyMatch(f -> f.referencedTable().equals(key));
                    if (refers && !dropped.contains(t.key()) && !restored(context, t.key(), key)) {
                        lost.add("'" + t.name().raw() + "'");
                    }
                }
                if (!lost.isEmpty()) {
                    context.report(
                            drop,
                            name.span(),
                            "DROP TABLE '" + name.raw() + "' CASCADE also drops the foreign keys of "
                                    + String.join(", ", lost) + " that reference it; no later statement restores them");
                }
            }
        }
    }

    /** The referencing table ends the review with a foreign key to a table of the dropped one's key. */
    private static boolean restored(SqlContext context, String referencing, String referenced) {
        return context.finalSchema()
                .table(referencing)
                .map(t -> t.foreignKeys().stream()
                        .map(ForeignKey::referencedTable)
                        .anyMatch(referenced::equals))
                .orElse(true);
    }
}
