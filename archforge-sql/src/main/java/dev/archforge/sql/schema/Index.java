package dev.archforge.sql.schema;

import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.IndexElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An index created by CREATE INDEX (the indexes behind keys are the table's {@link Key}s).
 *
 * @param method {@code btree} unless USING said otherwise
 * @param where the predicate of a partial index
 */
public record Index(
        String name,
        boolean unique,
        String method,
        List<IndexElement> elements,
        List<String> include,
        Optional<String> where,
        Origin origin) {
    public Index {
        elements = List.copyOf(elements);
        include = List.copyOf(include);
    }

    /** The plain columns the index starts with, up to its first expression. */
    public List<String> leadingColumns() {
        List<String> out = new ArrayList<>();
        for (IndexElement e : elements) {
            Optional<Ident> column = e.column();
            if (column.isEmpty()) {
                break;
            }
            out.add(column.get().value());
        }
        return out;
    }

    /** The same index under another name: after {@code ALTER INDEX ... RENAME TO}. */
    public Index withName(String newName) {
        return new Index(newName, unique, method, elements, include, where, origin);
    }

    public boolean partial() {
        return where.isPresent();
    }
}
