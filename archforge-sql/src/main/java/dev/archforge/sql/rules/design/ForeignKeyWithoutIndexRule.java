package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.TableConstraint;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * A foreign key whose columns do not lead any index of the final schema: every delete or key
 * update on the referenced table scans the referencing one, and joins on the key cannot use an
 * index. Reported where the key is declared; tables the files never create are left out, since
 * their indexes are unknown.
 */
@RuleInfo(
        id = "sql-foreign-key-without-index",
        title = "Foreign key has no index on its columns",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Create an index whose leading columns are the foreign key's columns "
                + "(CREATE INDEX CONCURRENTLY ... ON child (parent_id)).")
public final class ForeignKeyWithoutIndexRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (Statement s : context.statements()) {
            if (s instanceof CreateTable t) {
                for (Column c : t.columns()) {
                    c.constraints().forEach(k -> check(context, s, t.name(), k));
                }
                t.constraints().forEach(k -> check(context, s, t.name(), k));
            } else if (s instanceof AlterTable a) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddConstraint add) {
                        check(context, s, a.table(), add.constraint());
                    }
                }
            }
        }
    }

    private static void check(SqlContext context, Statement s, QualifiedName tableName, TableConstraint constraint) {
        if (!(constraint instanceof TableConstraint.ForeignKey fk)) {
            return;
        }
        List<String> columns = fk.columns().stream().map(Ident::value).toList();
        Optional<Table> unindexed = context.finalTable(s, tableName)
                .filter(Table::declared)
                .filter(t -> t.foreignKeys().stream().anyMatch(f -> f.columns().equals(columns)))
                .filter(t -> !t.hasIndexLeadingWith(columns));
        String name = fk.name().map(n -> "'" + n.raw() + "' ").orElse("");
        unindexed.ifPresent(table -> context.report(
                s,
                fk.span(),
                "Foreign key " + name + "on '" + table.name().raw() + "' (" + String.join(", ", columns)
                        + ") has no index starting with its columns"));
    }
}
