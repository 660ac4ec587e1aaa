package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.rules.ColumnSites;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * A column of type {@code json} that stays so in the final schema: it keeps the text as written,
 * is parsed again by every operator, has no equality operator (so no DISTINCT, GROUP BY or unique
 * index) and no GIN index support. At {@code info}: keeping the exact text, key order and
 * duplicate keys is occasionally what is wanted.
 */
@RuleInfo(
        id = "sql-json-instead-of-jsonb",
        title = "Column uses json instead of jsonb",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use jsonb, unless the document's exact text, key order or duplicate keys must be kept.")
public final class JsonInsteadOfJsonbRule implements SqlRule {
    static final String TYPE = "json";

    @Override
    public void check(SqlContext context) {
        for (ColumnSite site : ColumnSites.of(context)) {
            if (site.type().name().equals(TYPE) && site.finallyHasType(TYPE)) {
                context.report(
                        site.statement(),
                        site.span(),
                        "Column '" + site.column() + "' of '" + site.table().raw() + "' is "
                                + site.type().text());
            }
        }
    }
}
