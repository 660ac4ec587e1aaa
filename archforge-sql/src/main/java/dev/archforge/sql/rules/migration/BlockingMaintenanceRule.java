package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.Maintenance;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Optional;

/**
 * VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock, so neither reads nor
 * writes get through until the copy is done; REINDEX without CONCURRENTLY blocks writes to the
 * table and reads through the index for the whole build. Objects created earlier in the same
 * file are left out; a command without a name works on every table it can and counts.
 */
@RuleInfo(
        id = "sql-blocking-maintenance",
        title = "Maintenance command rewrites an existing table or index under a blocking lock",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "Use REINDEX CONCURRENTLY (PostgreSQL 12+); replace VACUUM FULL and CLUSTER with plain VACUUM "
                + "or an online tool such as pg_repack, run outside the migration in a maintenance window.")
public final class BlockingMaintenanceRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (Maintenance m : context.statements(Maintenance.class)) {
            blockingTarget(context, m).ifPresent(target -> context.report(m, message(m, target)));
        }
    }

    private static String message(Maintenance m, String target) {
        return switch (m.kind()) {
            case VACUUM -> "VACUUM FULL rewrites existing " + target + " under an ACCESS EXCLUSIVE lock";
            case CLUSTER -> "CLUSTER rewrites existing " + target + " under an ACCESS EXCLUSIVE lock";
            default -> "REINDEX without CONCURRENTLY blocks writes to existing " + target + " while it rebuilds";
        };
    }

    /**
     * What {@code m} blocks, described for a message ("table 'orders'", "index 'x'", "tables of
     * the database"), or empty when it does not block or works on an object new in this file.
     */
    static Optional<String> blockingTarget(SqlContext context, Maintenance m) {
        boolean blocking =
                switch (m.kind()) {
                    case VACUUM -> m.full();
                    case CLUSTER -> true;
                    case REINDEX -> !m.concurrently();
                    default -> false;
                };
        if (!blocking) {
            return Optional.empty();
        }
        Existing.Target target = Existing.target(m);
        if (target.name().isEmpty()) {
            return Optional.of("tables of the " + (target.kind().equals("table") ? "database" : target.kind()));
        }
        QualifiedName name = target.name().get();
        return switch (target.kind()) {
            case "index" ->
                Existing.index(context, m, name) ? Optional.of("index '" + name.raw() + "'") : Optional.empty();
            case "table" ->
                Existing.table(context, m, name) ? Optional.of("table '" + name.raw() + "'") : Optional.empty();
            default -> Optional.of(target.kind() + " '" + name.raw() + "'");
        };
    }
}
