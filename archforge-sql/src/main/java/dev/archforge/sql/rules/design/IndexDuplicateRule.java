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
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.ast.TableConstraint;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.rules.SqlRule;
import dev.archforge.sql.rules.design.IndexShapes.Found;
import dev.archforge.sql.rules.design.IndexShapes.Part;
import dev.archforge.sql.schema.Index;
import dev.archforge.sql.schema.Key;
import java.util.List;
import java.util.Optional;

/**
 * An index of the final schema with the same keys (columns or expressions, in order, with the
 * same operator classes and directions), method, INCLUDE columns and predicate as another index,
 * a primary key or a unique constraint of the same table; and a unique constraint on exactly the
 * primary key's columns. The redundant one is reported where this file creates it: the
 * non-unique one of the pair, else the later.
 */
@RuleInfo(
        id = "sql-index-duplicate",
        title = "Index duplicates another index or key of the same table",
        severity = Severity.WARNING,
        category = Category.SCHEMA_DESIGN,
        howToFix =
                "Drop the duplicate (DROP INDEX CONCURRENTLY ...); keep the unique one, or the one a constraint uses.")
public final class IndexDuplicateRule implements SqlRule {
    @Override
    public void check(SqlContext context) {
        for (Statement s : context.statements()) {
            if (s instanceof CreateIndex create) {
                IndexShapes.finalIndex(context, create).ifPresent(found -> checkIndex(context, create, found));
            } else if (s instanceof CreateTable t) {
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
            }
        }
    }

    private static void checkIndex(SqlContext context, CreateIndex create, Found found) {
        Index index = found.index();
        List<Part> parts = IndexShapes.parts(index);
        String table = found.table().name().raw();
        if (index.method().equals("btree")
                && index.where().isEmpty()
                && index.include().isEmpty()) {
            for (Key key : IndexShapes.keys(found.table())) {
                if (IndexShapes.parts(key).equals(parts)) {
                    context.report(
                            create,
                            "Index '" + index.name() + "' on '" + table + "' (" + IndexShapes.describe(parts)
                                    + ") duplicates the index of constraint '" + key.name() + "'");
                    return;
                }
            }
        }
        for (Index other : found.table().indexes()) {
            if (other.origin().equals(index.origin()) || !sameDefinition(index, parts, other)) {
                continue;
            }
            boolean redundant = (other.unique() && !index.unique())
                    || (other.unique() == index.unique() && IndexShapes.existedBefore(context, create, other));
            if (redundant) {
                context.report(
                        create,
                        "Index '" + index.name() + "' on '" + table + "' (" + IndexShapes.describe(parts)
                                + ") duplicates index '" + other.name() + "'");
                return;
            }
        }
    }

    /** {@code a}, whose parts are {@code partsOfA}, and {@code b} index the same way; the cheap tests first. */
    private static boolean sameDefinition(Index a, List<Part> partsOfA, Index b) {
        return a.method().equals(b.method())
                && a.elements().size() == b.elements().size()
                && a.include().equals(b.include())
                && partsOfA.equals(IndexShapes.parts(b))
                && IndexShapes.samePredicate(a, b);
    }

    private static void checkConstraint(
            SqlContext context, Statement s, QualifiedName tableName, TableConstraint constraint) {
        if (!(constraint instanceof TableConstraint.Unique unique)
                || unique.usingIndex().isPresent()) {
            return;
        }
        List<String> columns = unique.columns().stream().map(Ident::value).toList();
        Optional<Key> primaryKey = context.finalTable(s, tableName)
                .flatMap(t -> t.primaryKey())
                .filter(k -> k.columns().equals(columns));
        String name = unique.name().map(n -> "'" + n.raw() + "' ").orElse("");
        primaryKey.ifPresent(k -> context.report(
                s,
                unique.span(),
                "Unique constraint " + name + "on '" + tableName.raw() + "' (" + String.join(", ", columns)
                        + ") duplicates the primary key '" + k.name() + "'"));
    }
}
