package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.CreateIndex;
import dev.archforge.sql.ast.CreateTrigger;
import dev.archforge.sql.ast.DropIndex;
import dev.archforge.sql.ast.DropTable;
import dev.archforge.sql.ast.Maintenance;
import dev.archforge.sql.ast.Other;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.SetParameter;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.Transaction;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Optional;

/**
 * A statement that needs a strong lock on an existing table waits behind any long query on it,
 * and every query that arrives after it waits behind it: one slow report stalls the table. A
 * {@code SET lock_timeout} earlier in the file makes the statement give up instead ({@code SET LOCAL}
 * only until its transaction ends; {@code 0} turns it off). Reported once per file, at the first
 * such statement. INFO: the runner or the role may set the timeout where the file cannot show it.
 */
@RuleInfo(
        id = "sql-lock-timeout-missing",
        title = "Migration takes strong locks on an existing table without a lock_timeout",
        severity = Severity.INFO,
        category = Category.MIGRATION_SAFETY,
        tags = Migrations.ONLINE_ONLY,
        howToFix = "Start the migration with SET lock_timeout = '5s' (or SET LOCAL inside its transaction) and "
                + "retry the migration when it times out.")
public final class LockTimeoutMissingRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        boolean sessionTimeout = false;
        boolean localTimeout = false;
        for (Statement s : context.statements()) {
            if (s instanceof SetParameter set && set.name().equalsIgnoreCase("lock_timeout")) {
                boolean on = !disables(set.value());
                if (set.local()) {
                    localTimeout = on;
                } else {
                    sessionTimeout = on;
                    localTimeout = false;
                }
                continue;
            }
            if (s instanceof Transaction t
                    && (t.kind() == Transaction.Kind.COMMIT || t.kind() == Transaction.Kind.ROLLBACK)) {
                localTimeout = false;
                continue;
            }
            if (sessionTimeout || localTimeout) {
                continue;
            }
            Optional<String> table = lockedTable(context, s);
            if (table.isPresent()) {
                context.report(
                        s,
                        "Statement locks existing " + table.get()
                                + " without a lock_timeout set earlier in the migration");
                return;
            }
        }
    }

    /** {@code SET lock_timeout = 0} turns the timeout off. */
    private static boolean disables(String value) {
        String v = value.strip().replace("'", "");
        return v.equals("0") || v.equalsIgnoreCase("default");
    }

    /** What existing table {@code s} locks strongly ("table 'orders'"), or empty. */
    private static Optional<String> lockedTable(SqlContext context, Statement s) {
        if (s instanceof AlterTable a) {
            boolean onlyValidates = a.actions().stream().allMatch(x -> x instanceof AlterAction.ValidateConstraint);
            return !onlyValidates && Existing.table(context, s, a.table()) ? quoted(a.table()) : Optional.empty();
        }
        if (s instanceof CreateIndex i) {
            return !i.concurrently() && !i.only() && Existing.table(context, s, i.table())
                    ? quoted(i.table())
                    : Optional.empty();
        }
        if (s instanceof CreateTrigger t) {
            return Existing.table(context, s, t.table()) ? quoted(t.table()) : Optional.empty();
        }
        if (s instanceof DropTable d) {
            return d.names().stream()
                    .filter(n -> Existing.table(context, s, n))
                    .findFirst()
                    .flatMap(LockTimeoutMissingRule::quoted);
        }
        if (s instanceof DropIndex d && !d.concurrently()) {
            return d.names().stream()
                    .filter(n -> Existing.index(context, s, n))
                    .findFirst()
                    .map(n -> context.schemaBefore(s)
                            .tableOfIndex(n)
                            .map(t -> "table '" + t.name().raw() + "'")
                            .orElse("table of index '" + n.raw() + "'"));
        }
        if (s instanceof Maintenance m) {
            return BlockingMaintenanceRule.blockingTarget(context, m);
        }
        if (s instanceof Other o && o.keywords().startsWith("lock")) {
            return Optional.of("tables named by LOCK");
        }
        return Optional.empty();
    }

    private static Optional<String> quoted(QualifiedName name) {
        return Optional.of("table '" + name.raw() + "'");
    }
}
