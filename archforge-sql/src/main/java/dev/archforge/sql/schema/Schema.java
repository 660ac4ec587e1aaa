package dev.archforge.sql.schema;

import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The tables and enum types a sequence of statements defines, by key ({@link QualifiedName#key()}:
 * the default schema {@code public} is left out), and the search path unqualified names resolve
 * through. Immutable: the replayer makes a new one per change, sharing the tables that did not
 * change and all but a few nodes of the map that holds them ({@link PersistentMap}).
 */
public record Schema(PersistentMap<Table> tablesByKey, Map<String, EnumType> enumsByKey, SearchPath searchPath) {
    public static final Schema EMPTY = new Schema(PersistentMap.empty(), Map.of(), SearchPath.DEFAULT);

    public Schema {
        enumsByKey = Map.copyOf(enumsByKey);
    }

    /** The table {@code name} denotes: qualified as written, else found through the search path. */
    public Optional<Table> table(QualifiedName name) {
        if (name.schema().isPresent() || searchPath.isDefault()) {
            return table(name.key());
        }
        return lookUp(name.name(), tablesByKey::containsKey)
                .map(schema -> tablesByKey.get(QualifiedName.key(schema, name.name())));
    }

    public Optional<Table> table(String key) {
        return Optional.ofNullable(tablesByKey.get(key));
    }

    /** The key of the table {@code name} denotes: where a look-up finds it, else where CREATE would put it. */
    public String tableKey(QualifiedName name) {
        return QualifiedName.key(tableSchema(name), name.name());
    }

    /** The schema of the table {@code name} denotes: where a look-up finds it, else where CREATE would put it. */
    String tableSchema(QualifiedName name) {
        if (name.schema().isPresent()) {
            return name.schema().get();
        }
        return searchPath.isDefault()
                ? QualifiedName.DEFAULT_SCHEMA
                : lookUp(name.name(), tablesByKey::containsKey).orElseGet(searchPath::creationSchema);
    }

    /** The schema CREATE TABLE puts {@code name} in. */
    String tableCreationSchema(QualifiedName name) {
        return name.schema().orElseGet(() -> createIn(name.name(), tablesByKey::containsKey));
    }

    /**
     * Where a look-up of an unqualified name finds an object: the first schema of the search path
     * with one, else {@code public}. PostgreSQL looks in the path alone; {@code public} is the
     * review's guess for files that rely on a default path they do not show, such as MusicBrainz's
     * dated scripts, which set none, where its database has {@code musicbrainz, public}.
     */
    private Optional<String> lookUp(String name, Predicate<String> exists) {
        // asked for every name every rule resolves: an index loop, and the default path tested once
        List<String> path = searchPath.lookup();
        boolean publicTested = false;
        for (int i = 0; i < path.size(); i++) {
            String schema = path.get(i);
            boolean isPublic = schema.equals(QualifiedName.DEFAULT_SCHEMA);
            if (exists.test(isPublic ? name : QualifiedName.key(schema, name))) {
                return Optional.of(schema);
            }
            publicTested |= isPublic;
        }
        return !publicTested && exists.test(name) ? Optional.of(QualifiedName.DEFAULT_SCHEMA) : Optional.empty();
    }

    /**
     * Where CREATE puts an unqualified name: the first schema of the search path, unless a schema
     * of the path already has the name; then the object is made again there, as the replay treats
     * any CREATE of a name that exists (PostgreSQL would make a second one in the first schema,
     * but files that do this rely on a path the review cannot see: MusicBrainz's dated scripts
     * set none, its release scripts {@code musicbrainz, public}, and both create the same tables).
     */
    private String createIn(String name, Predicate<String> exists) {
        for (String schema : searchPath.lookup()) {
            if (exists.test(QualifiedName.key(schema, name))) {
                return schema;
            }
        }
        return searchPath.creationSchema();
    }

    /** Every table, ordered by key. */
    public List<Table> tables() {
        List<Table> out = new ArrayList<>(tablesByKey.values());
        out.sort(Comparator.comparing(Table::key));
        return out;
    }

    /** The table that the CREATE TABLE at {@code origin} made, under whatever name it has now. */
    public Optional<Table> tableCreatedAt(Origin origin) {
        return tablesByKey.values().stream()
                .filter(t -> t.origin().equals(origin))
                .findFirst();
    }

    /**
     * The table holding the index {@code name}: an index CREATE INDEX made or the index behind a
     * primary key or unique constraint. A qualified name must match the table's schema.
     */
    public Optional<Table> tableOfIndex(QualifiedName name) {
        return tableOfIndex(name, true);
    }

    /** Like {@link #tableOfIndex(QualifiedName)}; {@code keys} false leaves the indexes of keys out. */
    Optional<Table> tableOfIndex(QualifiedName name, boolean keys) {
        if (name.schema().isEmpty() && !searchPath.isDefault()) {
            for (String schema : searchPath.lookup()) {
                Optional<Table> t = tableOfIndex(name.name(), Optional.of(schema), keys);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return tableOfIndex(name.name(), name.schema(), keys);
    }

    /** The first table, in key order, in {@code schema} (any when empty) with the index. */
    private Optional<Table> tableOfIndex(String index, Optional<String> schema, boolean keys) {
        Table found = null; // the least key, whatever order the map iterates in
        for (Table t : tablesByKey.values()) {
            if ((found == null || t.key().compareTo(found.key()) < 0)
                    && (keys ? t.holdsIndex(index) : t.hasIndex(index))
                    && (schema.isEmpty() || schema.get().equals(t.schema()))) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The enum type {@code name} denotes: qualified as written, else found through the search path. */
    public Optional<EnumType> enumType(QualifiedName name) {
        return Optional.ofNullable(enumsByKey.get(enumKey(name)));
    }

    /** The key of the enum type {@code name} denotes: where a look-up finds it, else where CREATE would put it. */
    String enumKey(QualifiedName name) {
        if (name.schema().isPresent() || searchPath.isDefault()) {
            return name.key();
        }
        return QualifiedName.key(enumSchema(name), name.name());
    }

    /** The schema of the enum type {@code name} denotes: where a look-up finds it, else where CREATE would put it. */
    String enumSchema(QualifiedName name) {
        return name.schema()
                .orElseGet(() -> lookUp(name.name(), enumsByKey::containsKey).orElseGet(searchPath::creationSchema));
    }

    /** The schema CREATE TYPE puts {@code name} in. */
    String enumCreationSchema(QualifiedName name) {
        return name.schema().orElseGet(() -> createIn(name.name(), enumsByKey::containsKey));
    }

    Schema withTable(Table table) {
        return new Schema(tablesByKey.with(table.key(), table), enumsByKey, searchPath);
    }

    Schema withTables(PersistentMap<Table> tables) {
        return new Schema(tables, enumsByKey, searchPath);
    }

    Schema withEnums(Map<String, EnumType> enums) {
        return new Schema(tablesByKey, enums, searchPath);
    }

    Schema withSearchPath(SearchPath path) {
        return path.equals(searchPath) ? this : new Schema(tablesByKey, enumsByKey, path);
    }
}
