package dev.archforge.sql.rules.design;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.sql.ast.AlterAction;
import dev.archforge.sql.ast.AlterTable;
import dev.archforge.sql.ast.Column;
import dev.archforge.sql.ast.CreateIndex;
import dev.archforge.sql.ast.CreateTable;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.IndexElement;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Span;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.TableConstraint;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.schema.CheckConstraint;
import dev.archforge.sql.schema.Index;
import dev.archforge.sql.schema.Table;
import dev.archforge.sql.schema.TableColumn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A primary key, unique constraint or unique index on a plain e-mail column of type text or
 * varchar (alone or with scope columns such as {@code tenant_id}): {@code A@x.com} and
 * {@code a@x.com} become two accounts. Left out when the final table also has an index on
 * {@code lower(email)} (unique, or plain: the application then looks addresses up case-blind and
 * stores them folded, as Devise does), a CHECK that keeps the column lower case, or the column is
 * {@code citext}.
 */
@RuleInfo(
        id = "sql-email-unique-case-sensitive",
        title = "Unique e-mail column compares case-sensitively",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix = "Make the unique index case-insensitive: CREATE UNIQUE INDEX ... ON users (lower(email)), "
                + "or make the column citext.")
public final class EmailUniqueCaseSensitiveRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (Statement s : context.statements()) {
            if (s instanceof CreateTable t) {
                for (Column c : t.columns()) {
                    c.constraints().forEach(k -> checkConstraint(context, s, t.name(), k));
                }
                t.constraints().forEach(k -> checkConstraint(context, s, t.name(), k));
            } else if (s instanceof AlterTable a) {
                for (AlterAction action : a.actions()) {
                    if (action instanceof AlterAction.AddConstraint add) {
                        checkConstraint(context, s, a.table(), add.constraint());
                    }
                }
            } else if (s instanceof CreateIndex i && i.unique()) {
                checkIndex(context, i);
            }
        }
    }

    private static void checkConstraint(
            SqlContext context, Statement s, QualifiedName tableName, TableConstraint constraint) {
        List<Ident> columns;
        if (constraint instanceof TableConstraint.Unique u && u.usingIndex().isEmpty()) {
            columns = u.columns();
        } else if (constraint instanceof TableConstraint.PrimaryKey pk
                && pk.usingIndex().isEmpty()) {
            columns = pk.columns();
        } else {
            return;
        }
        String kind = constraint instanceof TableConstraint.PrimaryKey ? "Primary key" : "Unique constraint";
        String name = constraint.name().map(n -> " '" + n.value() + "'").orElse("");
        check(
                context,
                s,
                constraint.span(),
                tableName,
                columns.stream().map(Ident::value).toList(),
                kind + name);
    }

    private static void checkIndex(SqlContext context, CreateIndex index) {
        if (index.elements().stream().anyMatch(e -> e.column().isEmpty())) {
            return;
        }
        List<String> columns = index.elements().stream()
                .map(IndexElement::column)
                .map(c -> c.get().value())
                .toList();
        String name = index.name().map(n -> " '" + n.value() + "'").orElse("");
        check(context, index, index.span(), index.table(), columns, "Unique index" + name);
    }

    private static void check(
            SqlContext context, Statement s, Span span, QualifiedName tableName, List<String> columns, String what) {
        Optional<String> email = columns.stream().filter(DesignNames::isEmail).findFirst();
        if (email.isEmpty() || !columns.stream().allMatch(c -> c.equals(email.get()) || DesignNames.isScope(c))) {
            return;
        }
        Optional<Table> table = context.finalTable(s, tableName);
        boolean caseSensitive = table.flatMap(t -> t.column(email.get()))
                .flatMap(TableColumn::type)
                .filter(DesignNames::isText)
                .isPresent();
        if (caseSensitive && stillUnique(table.get(), columns) && !foldsCase(table.get(), email.get())) {
            context.report(
                    s,
                    span,
                    what + " on '" + table.get().name().raw() + "' (" + String.join(", ", columns)
                            + ") compares e-mail addresses case-sensitively");
        }
    }

    /** The key or index is still there at the end (a later migration did not drop it). */
    private static boolean stillUnique(Table table, List<String> columns) {
        return DesignNames.uniqueColumnSets(table).stream()
                .anyMatch(set -> set.size() == columns.size() && set.containsAll(columns));
    }

    /** A unique index on lower(email) or upper(email), or a CHECK that the column is stored lower case. */
    private static boolean foldsCase(Table table, String column) {
        for (Index index : table.indexes()) {
            if (index.elements().stream().anyMatch(e -> e.column().isEmpty() && foldsCase(e.text(), column))) {
                return true;
            }
        }
        for (CheckConstraint check : table.checks()) {
            if (foldsCase(check.expression(), column)) {
                return true;
            }
        }
        return false;
    }

    private static boolean foldsCase(String expression, String column) {
        String e = expression.toLowerCase(Locale.ROOT);
        return (e.contains("lower(") || e.contains("upper(") || e.contains("lower (") || e.contains("upper ("))
                && DesignNames.mentions(e, column);
    }
}
