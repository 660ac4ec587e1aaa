package dev.archforge.sql.rules.migration;

import dev.archforge.lint.Config;
import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.Delete;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.Update;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * UPDATE or DELETE without WHERE in a migration rewrites or deletes every row of an existing table
 * in one transaction, holding row locks on all of them until it commits. A table created earlier
 * in the same file is new and small, and lookup tables ({@link dev.archforge.sql.rules.LookupTables}) hold a
 * few rows. Online only: with the service stopped a whole-table backfill is the point.
 * Opt-in ({@link Config#OPT_IN}): on real histories every whole-table UPDATE was an intended
 * backfill of a small table; name the rule under {@code rules:} when tables are large.
 */
@RuleInfo(
        id = "sql-dml-without-where",
        title = "UPDATE or DELETE without WHERE on an existing table in a migration",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = {Migrations.ONLINE_ONLY, Config.OPT_IN},
        howToFix = "Backfill in batches by key range (UPDATE ... WHERE id BETWEEN ...), each in its own transaction, "
                + "outside the schema migration; use TRUNCATE when emptying the table is the point.")
public final class DmlWithoutWhereRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (Statement s : context.statements()) {
            if (s instanceof Update u && !u.hasWhere()) {
                report(context, s, "UPDATE", u.table());
            } else if (s instanceof Delete d && !d.hasWhere()) {
                report(context, s, "DELETE", d.table());
            }
        }
    }

    private static void report(SqlContext context, Statement s, String verb, QualifiedName table) {
        if (Existing.liveNotSmallTable(context, s, table)) {
            context.report(s, verb + " without WHERE changes every row of existing table '" + table.raw() + "'");
        }
    }
}
