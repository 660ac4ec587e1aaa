package dev.archforge.sql.rules.migration;

import dev.archforge.lint.Config;
import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.Update;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * {@code UPDATE t SET ... FROM s WHERE t.id = s.t_id}: a WHERE that only joins filters no row out,
 * so the statement backfills every row of {@code t} that has a partner in one transaction,
 * holding their row locks, bloating the table by a full copy and stalling replication until it
 * commits. {@code sql-dml-without-where} does not see it (there is a WHERE). Tables created
 * earlier in the file and lookup tables are left out; online only.
 * Opt-in ({@link Config#OPT_IN}): only the size of the table makes the backfill a risk, and the
 * schema does not say it; name the rule under {@code rules:} when tables are large.
 */
@RuleInfo(
        id = "sql-update-from-backfills-table",
        title = "UPDATE ... FROM whose WHERE only joins backfills the whole table in one transaction",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = {Migrations.ONLINE_ONLY, Config.OPT_IN},
        howToFix = "Backfill in batches by key range (add AND t.id BETWEEN :lo AND :hi), each batch its own "
                + "transaction, outside the schema migration.")
public final class UpdateFromBackfillsTableRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (Update u : context.statements(Update.class)) {
            if (u.hasFrom() && u.whereOnlyJoins() && Existing.liveNotSmallTable(context, u, u.table())) {
                context.report(
                        u,
                        "UPDATE ... FROM on existing table '" + u.table().raw()
                                + "' only joins in its WHERE: every matching row is rewritten in one transaction");
            }
        }
    }
}
