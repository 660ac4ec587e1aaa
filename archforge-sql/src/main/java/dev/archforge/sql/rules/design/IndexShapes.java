package dev.archforge.sql.rules.design;

import dev.archforge.sql.ast.CreateIndex;
import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.IndexElement;
import dev.archforge.sql.rules.SqlContext;
import dev.archforge.sql.schema.Index;
import dev.archforge.sql.schema.Key;
import dev.archforge.sql.schema.Origin;
import dev.archforge.sql.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * What the index rules compare: the keys of an index (column or expression, operator class,
 * direction), and the index a CREATE INDEX of this file left in the final schema.
 */
final class IndexShapes {
    private IndexShapes() {}

    /** One key of an index as PostgreSQL compares them; a plain column is its normalized name. */
    record Part(String expression, String opclass, boolean descending) {
        @Override
        public String toString() {
            return expression + (opclass.isEmpty() ? "" : " " + opclass) + (descending ? " DESC" : "");
        }
    }

    /** A final index and the table it is on. */
    record Found(Table table, Index index) {}

    /** The index this CREATE INDEX made, as the final schema has it, when it is still there. */
    static Optional<Found> finalIndex(SqlContext context, CreateIndex create) {
        Origin origin = new Origin(
                context.file().name(), create.span().line(), create.span().column());
        return context.finalTable(create, create.table()).flatMap(t -> t.indexes().stream()
                .filter(i -> i.origin().equals(origin))
                .findFirst()
                .map(i -> new Found(t, i)));
    }

    static List<Part> parts(Index index) {
        return index.elements().stream().map(IndexShapes::part).toList();
    }

    static List<Part> parts(Key key) {
        return key.columns().stream().map(c -> new Part(c, "", false)).toList();
    }

    /**
     * A key with a COLLATE clause orders by that collation: it is its own expression, so
     * {@code (name COLLATE musicbrainz)} and {@code (name)} are different keys.
     */
    private static Part part(IndexElement e) {
        String expression = e.column().map(Ident::value).orElse(e.text())
                + e.collation().map(c -> " COLLATE " + c).orElse("");
        return new Part(expression, e.opclass().orElse(""), e.descending());
    }

    /** The keys of the table's primary key and unique constraints, primary key first. */
    static List<Key> keys(Table table) {
        return java.util.stream.Stream.concat(table.primaryKey().stream(), table.uniqueKeys().stream())
                .toList();
    }

    static boolean samePredicate(Index a, Index b) {
        return a.where().map(IndexShapes::normalize).equals(b.where().map(IndexShapes::normalize));
    }

    private static String normalize(String predicate) {
        String s = predicate.strip();
        while (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.replaceAll("\\s+", " ");
    }

    static String describe(List<Part> parts) {
        return String.join(", ", parts.stream().map(Part::toString).toList());
    }

    /** True when {@code earlier} was already on the table before {@code create} ran. */
    static boolean existedBefore(SqlContext context, CreateIndex create, Index earlier) {
        return context.schemaBefore(create).table(create.table()).stream()
                .flatMap(t -> t.indexes().stream())
                .anyMatch(i -> i.origin().equals(earlier.origin()));
    }
}
