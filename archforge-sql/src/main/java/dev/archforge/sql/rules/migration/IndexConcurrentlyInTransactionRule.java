package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.CreateIndex;
import dev.archforge.sql.ast.DropIndex;
import dev.archforge.sql.ast.Maintenance;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.Transaction;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Optional;

/**
 * CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX ... CONCURRENTLY and DETACH
 * PARTITION ... CONCURRENTLY between an explicit BEGIN and its COMMIT or ROLLBACK (not ROLLBACK TO
 * SAVEPOINT, which leaves the block open): PostgreSQL
 * refuses them inside a transaction block, so the migration fails. Only the file's own
 * transaction statements are seen; a tool that wraps each file in a transaction is not.
 */
@RuleInfo(
        id = "sql-index-concurrently-in-transaction",
        title = "CONCURRENTLY operation runs inside a transaction block",
        severity = Severity.ERROR,
        category = Category.MIGRATION_SAFETY,
        howToFix = "Move the CONCURRENTLY statement out of the BEGIN ... COMMIT block, into a migration of its own "
                + "that runs without a transaction.")
public final class IndexConcurrentlyInTransactionRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        Optional<Transaction> open = Optional.empty();
        for (Statement s : context.statements()) {
            if (s instanceof Transaction t) {
                if (t.kind() == Transaction.Kind.BEGIN) {
                    open = Optional.of(t);
                } else if (t.kind() == Transaction.Kind.COMMIT
                        || (t.kind() == Transaction.Kind.ROLLBACK && !t.toSavepoint())
                        || t.kind() == Transaction.Kind.PREPARE) {
                    open = Optional.empty();
                }
            } else if (open.isPresent()) {
                int line = open.get().span().line();
                describe(s)
                        .ifPresent(what ->
                                context.report(s, what + " runs inside the transaction block opened on line " + line));
            }
        }
    }

    private static Optional<String> describe(Statement s) {
        if (s instanceof CreateIndex i && i.concurrently()) {
            return Optional.of("CREATE INDEX CONCURRENTLY"
                    + i.name().map(n -> " '" + n.raw() + "'").orElse("") + " on '"
                    + i.table().raw() + "'");
        }
        if (s instanceof DropIndex d && d.concurrently()) {
            return Optional.of("DROP INDEX CONCURRENTLY '" + d.names().get(0).raw() + "'");
        }
        if (s instanceof Maintenance m && m.kind() == Maintenance.Kind.REINDEX && m.concurrently()) {
            return Optional.of("REINDEX CONCURRENTLY");
        }
        if (s instanceof AlterTable a) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.DetachPartition d && d.concurrently()) {
                    return Optional.of(
                            "DETACH PARTITION CONCURRENTLY '" + d.partition().raw() + "'");
                }
            }
        }
        return Optional.empty();
    }
}
