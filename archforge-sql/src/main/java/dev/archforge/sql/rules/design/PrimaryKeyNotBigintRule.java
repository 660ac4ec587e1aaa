package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.rules.ColumnSites;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Key;
import java.util.List;
import java.util.Map;

/**
 * A single-column primary key of a 32- or 16-bit integer type: the sequence behind it runs out at
 * 2,147,483,647 (or 32,767) rows, and widening it later rewrites the table and every referencing
 * column under an exclusive lock. At {@code info}: lookup tables stay small on purpose.
 */
@RuleInfo(
        id = "sql-primary-key-not-bigint",
        title = "Integer primary key can run out of values",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use bigint (bigint GENERATED ALWAYS AS IDENTITY) for keys of tables that grow with usage.")
public final class PrimaryKeyNotBigintRule implements SqlRule {
    private static final Map<String, String> LIMITS = Map.of(
            "integer", "2,147,483,647",
            "serial", "2,147,483,647",
            "smallint", "32,767",
            "smallserial", "32,767");

    @Override
    public void check(SqlContext context) {
        for (ColumnSite site : ColumnSites.of(context)) {
            String type = site.type().name();
            String limit = LIMITS.get(type);
            if (limit == null || site.type().isArray() || !site.finallyHasType(type)) {
                continue;
            }
            boolean soleKey = context.finalTable(site.statement(), site.table())
                    .flatMap(t -> t.primaryKey())
                    .map(Key::columns)
                    .filter(columns -> columns.equals(List.of(site.column())))
                    .isPresent();
            if (soleKey) {
                context.report(
                        site.statement(),
                        site.span(),
                        "Primary key '" + site.column() + "' of '"
                                + site.table().raw() + "' is " + type + " and runs out after " + limit + " values");
            }
        }
    }
}
