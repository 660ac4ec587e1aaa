package dev.archforge.sql.schema;

import dev.archforge.sql.ast.QualifiedName;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables and enum types a sequence of statements defines, by key ({@link QualifiedName#key()}:
 * the default schema {@code public} is left out). Immutable: the replayer makes a new one per
 * change, sharing the tables that did not change.
 */
public record Schema(Map<String, Table> tablesByKey, Map<String, EnumType> enumsByKey) {
    public static final Schema EMPTY = new Schema(Map.of(), Map.of());

    public Schema {
        tablesByKey = Map.copyOf(tablesByKey);
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
        return tablesByKey.values().stream()
                .sorted(Comparator.comparing(Table::key))
                .toList();
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
        Map<String, Table> copy = new HashMap<>(tablesByKey);
        copy.put(table.key(), table);
        return new Schema(copy, enumsByKey);
    }

    Schema withTables(Map<String, Table> tables) {
        return new Schema(tables, enumsByKey);
    }

    Schema withEnums(Map<String, EnumType> enums) {
        return new Schema(tablesByKey, enums);
    }
}
