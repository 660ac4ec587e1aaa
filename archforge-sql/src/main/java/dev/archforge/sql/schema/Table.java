package dev.archforge.sql.schema;

import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table as the statements so far left it.
 *
 * @param name the name as written (unqualified when the search path placed it)
 * @param schema the schema it is in, normalized: from its name or the search path
 * @param origin where it was created; kept through renames
 * @param declared false for a table the files never created but altered or indexed (it exists in
 *     a database the files do not show, so what the model knows of it is incomplete)
 * @param partitionOf the key of the partitioned table this one is a partition of
 */
public record Table(
        QualifiedName name,
        String schema,
        Origin origin,
        boolean declared,
        List<TableColumn> columns,
        Optional<Key> primaryKey,
        List<Key> uniqueKeys,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        List<Index> indexes,
        Optional<String> partitionOf,
        boolean partitioned,
        boolean temporary) {

    public Table {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
    }

    /** The key the schema files this table under. */
    public String key() {
        return QualifiedName.key(schema, name.name());
    }

    public Optional<TableColumn> column(String columnName) {
        for (TableColumn c : columns) { // a loop: rules ask this for every column they see
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** True when CREATE INDEX made an index of this name on the table. */
    public boolean hasIndex(String indexName) {
        for (Index i : indexes) { // loops, not streams: asked of every table for each DROP INDEX
            if (i.name().equals(indexName)) {
                return true;
            }
        }
        return false;
    }

    /** The names of the indexes the table holds: its own, and the ones behind its primary key and unique keys. */
    public Set<String> heldIndexNames() {
        Set<String> names = new HashSet<>();
        indexes.forEach(i -> names.add(i.name()));
        primaryKey.ifPresent(k -> names.add(k.name()));
        uniqueKeys.forEach(k -> names.add(k.name()));
        return names;
    }

    /**
     * True when the primary key, a unique constraint or a complete (not partial) b-tree or hash
     * index starts with exactly these columns, in any order: what a lookup by them can use.
     */
    public boolean hasIndexLeadingWith(List<String> wanted) {
        Set<String> set = new HashSet<>(wanted);
        List<List<String>> candidates = new ArrayList<>();
        primaryKey.ifPresent(k -> candidates.add(k.columns()));
        uniqueKeys.forEach(k -> candidates.add(k.columns()));
        for (Index i : indexes) {
            if (!i.partial() && (i.method().equals("btree") || (i.method().equals("hash") && wanted.size() == 1))) {
                candidates.add(i.leadingColumns());
            }
        }
        for (List<String> columnsOfIndex : candidates) {
            if (columnsOfIndex.size() >= set.size()
                    && new HashSet<>(columnsOfIndex.subList(0, set.size())).equals(set)) {
                return true;
            }
        }
        return false;
    }
}
