package dev.archforge.sql.rules.migration;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterType;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.Transaction;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;

/**
 * ALTER TYPE ... ADD VALUE between an explicit BEGIN and its COMMIT: before PostgreSQL 12 the
 * statement fails there; since 12 it runs, but the new label cannot be used (inserted, compared
 * against) until the transaction commits, so a later statement of the same block fails.
 */
@RuleInfo(
        id = "sql-enum-value-added-in-transaction",
        title = "Enum value is added inside a transaction block",
        severity = Severity.WARNING,
        category = Category.MIGRATION_SAFETY,
        howToFix = "Add the enum value in a migration of its own that runs outside a transaction, and use the new "
                + "value only in later migrations.")
public final class EnumValueAddedInTransactionRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        boolean inTransaction = false;
        for (Statement s : context.statements()) {
            if (s instanceof Transaction t) {
                if (t.kind() == Transaction.Kind.BEGIN) {
                    inTransaction = true;
                } else if (t.kind() == Transaction.Kind.COMMIT
                        || t.kind() == Transaction.Kind.ROLLBACK
                        || t.kind() == Transaction.Kind.PREPARE) {
                    inTransaction = false;
                }
            } else if (inTransaction && s instanceof AlterType a && a.action() == AlterType.Action.ADD_VALUE) {
                String value = a.values().isEmpty() ? "" : "'" + a.values().get(0) + "' ";
                context.report(
                        s,
                        "Value " + value + "is added to enum type '" + a.name().raw() + "' inside a transaction block");
            }
        }
    }
}
