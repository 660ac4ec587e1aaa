package dev.archforge.sql.rules.design;

import dev.archforge.lint.Config;
import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.rules.Conventions;
import dev.archforge.sql.rules.LookupTables;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlFile;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Key;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A single-column primary key of a 32- or 16-bit integer type: the sequence behind it runs out at
 * 2,147,483,647 (or 32,767) rows, and widening it later rewrites the table and every referencing
 * column under an exclusive lock. At {@code info}. Lookup tables ({@link LookupTables}) stay small
 * on purpose and are left alone; a schema that keeps 32-bit keys on most tables gets one finding
 * naming the count, and where most keys are bigint each narrower one is reported.
 * Opt-in ({@link Config#OPT_IN}): which tables grow is not in the schema, and on real schemas
 * 32-bit keys were sized on purpose; name the rule under {@code rules:} to review them.
 */
@RuleInfo(
        id = "sql-primary-key-not-bigint",
        title = "Integer primary key can run out of values",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        tags = Config.OPT_IN,
        howToFix = "Use bigint (bigint GENERATED ALWAYS AS IDENTITY) for keys of tables that grow with usage.")
public final class PrimaryKeyNotBigintRule implements SqlRule {
    private static final Map<String, String> LIMITS = Map.of(
            "integer", "2,147,483,647",
            "serial", "2,147,483,647",
            "smallint", "32,767",
            "smallserial", "32,767");

    private static final Set<String> WIDE = Set.of("bigint", "bigserial");

    @Override
    public void check(SqlContext context) {
        Conventions.report(
                context,
                PrimaryKeyNotBigintRule.class,
                (file, site) -> LIMITS.containsKey(site.type().name()) && soleKeyOfGrowingTable(context, file, site),
                (file, site) -> WIDE.contains(site.type().name()) && soleKeyOfGrowingTable(context, file, site),
                site -> "Primary key '" + site.column() + "' of '"
                        + site.table().raw() + "' is " + site.type().name() + " and runs out after "
                        + LIMITS.get(site.type().name()) + " values",
                tally -> tally.uses().size() + " primary keys are 32-bit or smaller, the schema's convention ("
                        + Conventions.firstOf(tally) + "); " + tally.alternatives() + " are bigint");
    }

    /** The column is still this type and its table's whole primary key, and the table is no lookup table. */
    private static boolean soleKeyOfGrowingTable(SqlContext context, SqlFile file, ColumnSite site) {
        if (site.type().isArray() || !site.finallyHasType(site.type().name())) {
            return false;
        }
        return file.finalTable(site.statement(), site.table())
                .filter(t -> t.primaryKey()
                        .map(Key::columns)
                        .filter(columns -> columns.equals(List.of(site.column())))
                        .isPresent())
                .filter(t -> !LookupTables.isLookup(context, t.key()))
                .isPresent();
    }
}
