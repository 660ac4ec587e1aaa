package dev.archforge.sql.rules.migration;

import dev.archforge.lint.Config;
import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.DropTable;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.rules.LookupTables;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Table;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DROP TABLE of a table that exists before the migration, on a database that keeps serving: the
 * application version still running during the deploy may read it, and the data is gone for
 * good. Left out, as intended changes: a table created earlier in the same file (a work table), a
 * table the file copied data out of before dropping it (the data moved), a planned swap (a table
 * of the same name exists again when the file ends), a lookup table, and work or derived tables
 * by name ({@code _tmp}, {@code tmp_*}, {@code _*}, {@code *_aggregates}, {@code *_stats},
 * {@code *_cache}, {@code *_mview}). Online only: with the service stopped nothing reads the table
 * while it goes, and a CASCADE that takes other tables' foreign keys with it is
 * {@code sql-table-dropped-with-cascade}'s.
 * Opt-in ({@link Config#OPT_IN}): on real histories almost every drop was the deliberate removal
 * of an unused table; name the rule under {@code rules:} to review every drop.
 */
@RuleInfo(
        id = "sql-table-dropped",
        title = "Existing table is dropped",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        tags = {Migrations.ONLINE_ONLY, Config.OPT_IN},
        howToFix = "Release code that no longer uses the table first, keep a backup or rename it out of the way, "
                + "then drop it in a later migration.")
public final class TableDroppedRule implements SqlRule {
    private static final Pattern DERIVED = Pattern.compile(
            "_.*|tmp_.*|temp_.*|.*_(tmp|temp|aggregates|aggregate|stats|statistics|cache|cached|mview|fast|lastmod)");

    /** A drop that is the point of the change: a swap, the end of a move, a work, derived or lookup table. */
    static boolean intended(SqlContext context, DropTable drop, QualifiedName name) {
        Optional<Table> before = context.schemaBefore(drop).table(name);
        if (before.isEmpty()) {
            return false;
        }
        Table table = before.get();
        return context.file().schemaAtEnd().table(table.key()).isPresent()
                || DERIVED.matcher(table.name().name().toLowerCase(Locale.ROOT)).matches()
                || LookupTables.looksLikeLookup(context, table)
                || DataReads.tableReadBefore(context, drop, table.name().name());
    }

    @Override
    public void check(SqlContext context) {
        for (DropTable drop : context.statements(DropTable.class)) {
            for (QualifiedName name : drop.names()) {
                if (Existing.table(context, drop, name) && !intended(context, drop, name)) {
                    context.report(drop, name.span(), "Existing table '" + name.raw() + "' is dropped");
                }
            }
        }
    }
}
