package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * ALTER COLUMN ... TYPE on an existing table rewrites the table and rebuilds its indexes under an
 * ACCESS EXCLUSIVE lock, except for the changes PostgreSQL makes in the catalogue only (a longer
 * or no varchar limit, varchar to text, a larger numeric precision with the same scale...). When
 * the old type is unknown, changes to a type that may be compatible are left out. Narrowing
 * changes are {@code sql-column-type-narrowed}'s.
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
        for (TypeChanges.Change change : TypeChanges.of(context)) {
            boolean rewrites = change.kind() == TypeChanges.Kind.REWRITE
                    || (change.kind() == TypeChanges.Kind.UNKNOWN
                            && !TypeChanges.mayBeCompatible(change.action().type()));
            if (rewrites) {
                String from = change.from().map(t -> "from " + t.text() + " ").orElse("");
                context.report(
                        change.statement(),
                        change.action().span(),
                        "Type of column '" + change.column() + "' of existing table '"
                                + change.statement().table().raw() + "' changes " + from + "to " + change.to()
                                + ", which rewrites the table" + caveat(change));
            }
        }
    }

    private static String caveat(TypeChanges.Change change) {
        boolean toZoned = change.action().type().name().equals("timestamp with time zone")
                && change.from()
                        .map(t -> t.name().equals("timestamp without time zone"))
                        .orElse(false);
        return toZoned ? " unless the session time zone is UTC (PostgreSQL 12+)" : "";
    }
}
