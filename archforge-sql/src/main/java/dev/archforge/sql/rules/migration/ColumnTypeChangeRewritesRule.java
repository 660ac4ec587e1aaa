package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ALTER COLUMN ... TYPE on an existing table rewrites the table and rebuilds its indexes under an
 * ACCESS EXCLUSIVE lock, except for the changes PostgreSQL makes in the catalogue only (a longer
 * or no varchar limit, varchar to text, a larger numeric precision with the same scale...). When
 * the old type is unknown, changes to a type that may be compatible are left out. Narrowing
 * changes are {@code sql-column-type-narrowed}'s. One finding per table and file, at the first
 * change, listing the columns: one ALTER TABLE rewrites the table once however many columns change,
 * and several statements on the same table rewrite it once each.
 */
@RuleInfo(
        id = "sql-column-type-change-rewrites",
        title = "Column type change rewrites an existing table",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        howToFix = "Add a column of the new type, write to both, backfill in batches, switch reads, then drop the "
                + "old column; or widen a varchar limit, which PostgreSQL does without a rewrite.")
public final class ColumnTypeChangeRewritesRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        Map<String, List<TypeChanges.Change>> byTable = new LinkedHashMap<>();
        for (TypeChanges.Change change : TypeChanges.of(context)) {
            boolean rewrites = change.kind() == TypeChanges.Kind.REWRITE
                    || (change.kind() == TypeChanges.Kind.UNKNOWN
                            && !TypeChanges.mayBeCompatible(change.action().type()));
            if (rewrites) {
                byTable.computeIfAbsent(
                                context.tableKey(
                                        change.statement(), change.statement().table()),
                                k -> new ArrayList<>())
                        .add(change);
            }
        }
        byTable.forEach((table, changes) -> {
            TypeChanges.Change first = changes.get(0);
            AlterTable statement = first.statement();
            long statements = changes.stream()
                    .map(TypeChanges.Change::statement)
                    .distinct()
                    .count();
            if (changes.size() == 1) {
                context.report(
                        statement,
                        first.action().span(),
                        "Type of column '" + first.column() + "' of existing table '"
                                + statement.table().raw() + "' changes " + from(first) + "to " + first.to()
                                + ", which rewrites the table" + caveat(first));
            } else {
                List<String> columns = changes.stream()
                        .map(c -> "'" + c.column() + "' (" + from(c) + "to " + c.to() + ")")
                        .toList();
                boolean zoned = changes.stream().anyMatch(c -> !caveat(c).isEmpty());
                context.report(
                        statement,
                        first.action().span(),
                        "Types of " + changes.size() + " columns of existing table '"
                                + statement.table().raw()
                                + (statements == 1
                                        ? "' change in one ALTER TABLE, which rewrites the table: "
                                        : "' change in " + statements + " ALTER TABLE statements, each of which"
                                                + " rewrites the table (one statement would rewrite it once): ")
                                + String.join(", ", columns)
                                + (zoned
                                        ? "; the timestamp changes rewrite it unless the session time zone is UTC"
                                        : ""));
            }
        });
    }

    private static String from(TypeChanges.Change change) {
        return change.from().map(t -> "from " + t.text() + " ").orElse("");
    }

    private static String caveat(TypeChanges.Change change) {
        boolean toZoned = change.action().type().name().equals("timestamp with time zone")
                && change.from()
                        .map(t -> t.name().equals("timestamp without time zone"))
                        .orElse(false);
        return toZoned ? " unless the session time zone is UTC (PostgreSQL 12+)" : "";
    }
}
