package dev.archforge.sql.schema;

import dev.archforge.sql.ast.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables and enum types a sequence of statements defines, by key ({@link QualifiedName#key()}:
 * the default schema {@code public} is left out). Immutable: the replayer makes a new one per
 * change, sharing the tables that did not change and all but a few nodes of the map that holds
 * them ({@link PersistentMap}).
 */
public record Schema(PersistentMap<Table> tablesByKey, Map<String, EnumType> enumsByKey) {
    public static final Schema EMPTY = new Schema(PersistentMap.empty(), Map.of());

    public Schema {
        enumsByKey = Map.copyOf(enumsByKey);
    }

    public Optional<Table> table(QualifiedName name) {
        return table(name.key());
    }

    public Optional<Table> table(String key) {
        return Optional.ofNullable(tablesByKey.get(key));
    }

    /** Every table, ordered by key. */
    public List<Table> tables() {
        return List.copyOf(tablesByKey.values());
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
        String index = name.name();
        for (Table t : tablesByKey.values()) { // in key order
            if ((keys ? t.holdsIndex(index) : t.hasIndex(index)) && inSchemaOf(name, t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean inSchemaOf(QualifiedName name, Table t) {
        return name.schema().isEmpty()
                || name.schema().equals(Optional.of(t.name().schema().orElse(QualifiedName.DEFAULT_SCHEMA)));
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return Optional.ofNullable(enumsByKey.get(name.key()));
    }

    Schema withTable(Table table) {
        return new Schema(tablesByKey.with(table.key(), table), enumsByKey);
    }

    Schema withTables(PersistentMap<Table> tables) {
        return new Schema(tables, enumsByKey);
    }

    Schema withEnums(Map<String, EnumType> enums) {
        return new Schema(tablesByKey, enums);
    }
}
