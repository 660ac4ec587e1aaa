package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.rules.ColumnSites;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column named like an amount of money ({@code price}, {@code total_amount}, {@code fees}) whose
 * type is binary floating point or {@code money}: floats cannot hold 0.10 exactly and {@code money}
 * depends on the server's locale. A proportion of money ({@code tax_rate}, {@code fee_percent})
 * is not an amount and is left out.
 */
@RuleInfo(
        id = "sql-money-as-float",
        title = "Money stored in a floating-point or money column",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use numeric(p, s) (for example numeric(12,2)) or an integer count of the smallest currency unit.",
        options =
                @RuleInfo.Option(
                        name = "names",
                        defaultValue = "amount,price,total,balance,cost,fee,tax",
                        description = "Words that mark a money column; a column matches when one of the words of its "
                                + "name (split at '_') is one of these or its plural."))
public final class MoneyAsFloatRule implements SqlRule {
    private static final Set<String> TYPES = Set.of("real", "double precision", "money");
    /** Words that make a money word a proportion: {@code tax_rate}, {@code fee_percent}. */
    private static final Set<String> PROPORTIONS =
            Set.of("rate", "rates", "percent", "percentage", "pct", "ratio", "factor", "share");

    private static boolean namesProportion(String column) {
        for (String word : column.toLowerCase(Locale.ROOT).split("_")) {
            if (PROPORTIONS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(SqlContext context) {
        List<String> words = context.options().list("names");
        for (ColumnSite site : ColumnSites.of(context)) {
            String type = site.type().name();
            if (TYPES.contains(type)
                    && site.finallyHasType(type)
                    && namesMoney(site.column(), words)
                    && !namesProportion(site.column())) {
                context.report(
                        site.statement(),
                        site.span(),
                        "Column '" + site.column() + "' of '" + site.table().raw() + "' stores money as " + type);
            }
        }
    }

    static boolean namesMoney(String column, List<String> words) {
        for (String part : column.toLowerCase(Locale.ROOT).split("_")) {
            String singular = part.endsWith("s") ? part.substring(0, part.length() - 1) : part;
            if (words.contains(part) || words.contains(singular)) {
                return true;
            }
        }
        return false;
    }
}
