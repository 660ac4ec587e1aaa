package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.rules.Conventions;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.List;
import java.util.Optional;

/**
 * A {@code character varying(n)} column whose length is one of the round numbers that come from
 * habit or a framework default (255, 100, 4000...) rather than from the data, and that keeps it in
 * the final schema. In PostgreSQL the limit costs the same as none; it only rejects longer values,
 * and raising it later is a migration. At {@code info}: many schemas use such limits on purpose.
 * Such limits are a habit of the schema (parity with another database, a framework default), not a
 * per-column choice: {@value Conventions#GROUP_FROM} or more are one finding naming the count, and
 * one or two such columns are not reported.
 */
@RuleInfo(
        id = "sql-varchar-length-arbitrary",
        title = "varchar column has an arbitrary-looking length limit",
        severity = Severity.INFO,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use text, and where a limit matters to the data add CHECK (char_length(column) <= n) "
                + "with the real limit.",
        options =
                @RuleInfo.Option(
                        name = "lengths",
                        defaultValue = "50,100,128,200,250,255,256,500,512,1000,1024,2000,2048,4000,4096,8000",
                        description = "The lengths that look arbitrary; other lengths are taken as deliberate."))
public final class VarcharLengthArbitraryRule implements SqlRule {
    static final String TYPE = "character varying";

    @Override
    public void check(SqlContext context) {
        List<String> lengths = context.options().list("lengths");
        Conventions.report(
                context,
                VarcharLengthArbitraryRule.class,
                (file, site) ->
                        limited(site) && lengths.contains(length(site.type().text())),
                (file, site) -> false,
                Optional.empty(),
                tally -> tally.uses().size() + " varchar columns have round-number limits, the schema's habit ("
                        + Conventions.firstOf(tally) + ")");
    }

    /** A varchar with a length that is still the column's type at the end. */
    private static boolean limited(ColumnSite site) {
        return site.type().name().equals(TYPE) && !length(site.type().text()).isEmpty() && FinalType.unchanged(site);
    }

    /** The length between the parentheses of {@code character varying(255)}, or empty. */
    static String length(String typeText) {
        int open = typeText.indexOf('(');
        int close = typeText.indexOf(')');
        return open < 0 || close < open ? "" : typeText.substring(open + 1, close);
    }
}
