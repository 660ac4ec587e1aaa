package dev.archforge.sql.schema;

import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The tables and enum types a sequence of statements defines, by key ({@link QualifiedName#key()}:
 * the default schema {@code public} is left out), and the search path unqualified names resolve
 * through. Immutable: the replayer makes a new one per change, sharing the tables that did not
 * change and all but a few nodes of the map that holds them ({@link PersistentMap}).
 *
 * <p>It also keeps which tables hold an index of each name (their own indexes and the indexes behind
 * their keys), kept up to date from the tables that each change replaced ({@link PersistentMap#diff}):
 * {@code DROP INDEX} names an index, not its table, and a migration history drops thousands of them
 * over hundreds of tables.
 */
public final class Schema {
    public static final Schema EMPTY = new Schema(
            PersistentMap.empty(), Map.of(), SearchPath.DEFAULT, PersistentMap.empty(), PersistentMap.empty());

    private final PersistentMap<Table> tablesByKey;
    private final Map<String, EnumType> enumsByKey;
    private final SearchPath searchPath;
    /** Index name → the keys, in order, of the tables that hold an index or key of that name. */
    private final PersistentMap<List<String>> indexHolders;
    /** Table name, unqualified → the schemas, in order, with a table of that name. */
    private final PersistentMap<List<String>> tableSchemas;
    /**
     * The tables already found by name in this version: rules ask one version for one name about nine
     * times (the SQL corpus: 228,012 look-ups of 25,283 distinct version and name pairs). Made on the
     * first look-up; a version no rule asks about never has one.
     */
    private volatile @Nullable Map<QualifiedName, Optional<Table>> answered;

    private Schema(
            PersistentMap<Table> tablesByKey,
            Map<String, EnumType> enumsByKey,
            SearchPath searchPath,
            PersistentMap<List<String>> indexHolders,
            PersistentMap<List<String>> tableSchemas) {
        this.tablesByKey = tablesByKey;
        this.enumsByKey = Map.copyOf(enumsByKey);
        this.searchPath = searchPath;
        this.indexHolders = indexHolders;
        this.tableSchemas = tableSchemas;
    }

    public PersistentMap<Table> tablesByKey() {
        return tablesByKey;
    }

    public Map<String, EnumType> enumsByKey() {
        return enumsByKey;
    }

    public SearchPath searchPath() {
        return searchPath;
    }

    /** The table {@code name} denotes: qualified as written, else found through the search path. */
    public Optional<Table> table(QualifiedName name) {
        Map<QualifiedName, Optional<Table>> memo = answered;
        if (memo == null) {
            memo = new ConcurrentHashMap<>();
            answered = memo; // two threads racing here make two maps; either answers right
        }
        Optional<Table> known = memo.get(name);
        if (known == null) {
            known = find(name);
            memo.put(name, known);
        }
        return known;
    }

    private Optional<Table> find(QualifiedName name) {
        if (name.schema().isPresent() || searchPath.isDefault()) {
            return table(name.key());
        }
        return lookUp(tableIn(name.name())).map(schema -> tablesByKey.get(QualifiedName.key(schema, name.name())));
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
                : lookUp(tableIn(name.name())).orElseGet(searchPath::creationSchema);
    }

    /** The schema CREATE TABLE puts {@code name} in. */
    String tableCreationSchema(QualifiedName name) {
        return name.schema().orElseGet(() -> createIn(tableIn(name.name())));
    }

    /**
     * Where a look-up of an unqualified name finds an object: the first schema of the search path
     * with one, else {@code public}. PostgreSQL looks in the path alone; {@code public} is the
     * review's guess for files that rely on a default path they do not show, such as MusicBrainz's
     * dated scripts, which set none, where its database has {@code musicbrainz, public}.
     */
    private Optional<String> lookUp(Predicate<String> hasIn) {
        // asked for every name every rule resolves: an index loop, and the default path tested once
        List<String> path = searchPath.lookup();
        boolean publicTested = false;
        for (int i = 0; i < path.size(); i++) {
            String schema = path.get(i);
            if (hasIn.test(schema)) {
                return Optional.of(schema);
            }
            publicTested |= schema.equals(QualifiedName.DEFAULT_SCHEMA);
        }
        return !publicTested && hasIn.test(QualifiedName.DEFAULT_SCHEMA)
                ? Optional.of(QualifiedName.DEFAULT_SCHEMA)
                : Optional.empty();
    }

    /** Whether a schema has a table {@code name}: from the map of names, building no key. */
    private Predicate<String> tableIn(String name) {
        List<String> schemas = tableSchemas.get(name);
        return schemas == null ? schema -> false : schemas::contains;
    }

    /** Whether a schema has an enum type {@code name}. */
    private Predicate<String> enumIn(String name) {
        return schema -> enumsByKey.containsKey(QualifiedName.key(schema, name));
    }

    /**
     * Where CREATE puts an unqualified name: the first schema of the search path, unless a schema
     * of the path already has the name; then the object is made again there, as the replay treats
     * any CREATE of a name that exists (PostgreSQL would make a second one in the first schema,
     * but files that do this rely on a path the review cannot see: MusicBrainz's dated scripts
     * set none, its release scripts {@code musicbrainz, public}, and both create the same tables).
     */
    private String createIn(Predicate<String> hasIn) {
        for (String schema : searchPath.lookup()) {
            if (hasIn.test(schema)) {
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
        List<String> holders = indexHolders.get(index);
        if (holders == null) {
            return Optional.empty();
        }
        for (String key : holders) { // in key order: the first that fits is the least key
            Table t = Objects.requireNonNull(tablesByKey.get(key), "an index holder is a table of the schema");
            if ((keys || t.hasIndex(index)) && (schema.isEmpty() || schema.get().equals(t.schema()))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
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
        return name.schema().orElseGet(() -> lookUp(enumIn(name.name())).orElseGet(searchPath::creationSchema));
    }

    /** The schema CREATE TYPE puts {@code name} in. */
    String enumCreationSchema(QualifiedName name) {
        return name.schema().orElseGet(() -> createIn(enumIn(name.name())));
    }

    @SuppressWarnings("ReferenceEquality") // the same map: nothing changed, no new schema
    Schema withTable(Table table) {
        PersistentMap<Table> tables = tablesByKey.with(table.key(), table);
        return tables == tablesByKey ? this : withTables(tables);
    }

    @SuppressWarnings("ReferenceEquality") // the same map: nothing changed, no new schema
    Schema withTables(PersistentMap<Table> tables) {
        if (tables == tablesByKey) {
            return this;
        }
        TableIndex holders = new TableIndex(indexHolders, Table::heldIndexNames, Table::key);
        TableIndex schemas = new TableIndex(tableSchemas, t -> Set.of(t.name().name()), Table::schema);
        PersistentMap.diff(tablesByKey, tables, (key, before, after) -> {
            holders.entry(key, before, after);
            schemas.entry(key, before, after);
        });
        return new Schema(tables, enumsByKey, searchPath, holders.byName(), schemas.byName());
    }

    Schema withEnums(Map<String, EnumType> enums) {
        return new Schema(tablesByKey, enums, searchPath, indexHolders, tableSchemas);
    }

    Schema withSearchPath(SearchPath path) {
        return path.equals(searchPath) ? this : new Schema(tablesByKey, enumsByKey, path, indexHolders, tableSchemas);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schema other
                && tablesByKey.equals(other.tablesByKey)
                && enumsByKey.equals(other.enumsByKey)
                && searchPath.equals(other.searchPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tablesByKey, enumsByKey, searchPath);
    }

    @Override
    public String toString() {
        return "Schema[tables=" + tablesByKey.keySet() + ", enums=" + enumsByKey.keySet() + ", searchPath=" + searchPath
                + "]";
    }
}
