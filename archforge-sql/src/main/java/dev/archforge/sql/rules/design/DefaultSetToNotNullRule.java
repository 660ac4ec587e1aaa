package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import java.util.Locale;

/**
 * {@code ALTER COLUMN c SET DEFAULT NOT NULL}: PostgreSQL reads {@code NOT NULL} as the default
 * expression (not null, that is null), so the column's default becomes NULL and the column stays
 * nullable. It is almost always a typo for {@code SET NOT NULL}; the migration succeeds and the
 * constraint the author meant is missing. Reported in every mode: the statement is wrong whether
 * or not the database is live.
 */
@RuleInfo(
        id = "sql-default-set-to-not-null",
        title = "SET DEFAULT NOT NULL sets a NULL default instead of a NOT NULL constraint",
        severity = Severity.ERROR,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Write ALTER COLUMN c SET NOT NULL (and, if a default was meant too, a separate SET DEFAULT value).")
public final class DefaultSetToNotNullRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (AlterTable alter : context.statements(AlterTable.class)) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.SetDefault set && isNotNull(set.expression())) {
                    context.report(
                            alter,
                            action.span(),
                            "Column '" + set.column().raw() + "' of '"
                                    + alter.table().raw()
                                    + "' gets the default NOT NULL, which is NULL; the column stays nullable");
                }
            }
        }
    }

    private static boolean isNotNull(String expression) {
        return expression
                .strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s()]+", " ")
                .strip()
                .equals("not null");
    }
}
