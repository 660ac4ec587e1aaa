package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.rules.ColumnSite;
import dev.archforge.sql.rules.ColumnSites;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * A column of type {@code character(n)} ({@code char(n)}, {@code bpchar}) that stays so in the
 * final schema: values are blank-padded to the length, the padding is ignored by some operators
 * and not others, and the type is no faster or smaller than {@code text}. The one-byte internal
 * type {@code "char"} is a different type and is left alone.
 */
@RuleInfo(
        id = "sql-char-type",
        title = "Column uses the blank-padded char(n) type",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Use text (or varchar) and, where the length must be exact, a CHECK (length(code) = n) constraint.")
public final class CharTypeRule implements SqlRule {
    static final String TYPE = "character";

    @Override
    public void check(SqlContext context) {
        for (ColumnSite site : ColumnSites.of(context)) {
            if (site.type().name().equals(TYPE) && FinalType.unchanged(site)) {
                context.report(
                        site.statement(),
                        site.span(),
                        "Column '" + site.column() + "' of '" + site.table().raw() + "' is "
                                + site.type().text());
            }
        }
    }
}
