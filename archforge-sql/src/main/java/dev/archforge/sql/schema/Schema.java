package dev.archforge.sql.schema;

import dev.archforge.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
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
