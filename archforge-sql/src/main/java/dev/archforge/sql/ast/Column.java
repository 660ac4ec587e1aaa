package dev.archforge.sql.ast;

import java.util.List;
import java.util.Optional;

/**
 * A column definition. The type is absent only in {@code PARTITION OF} and {@code OF type}
 * tables, whose columns come from elsewhere. Inline constraints ({@code PRIMARY KEY},
 * {@code UNIQUE}, {@code REFERENCES}, {@code CHECK}) are in {@code constraints} with this column as
 * their column list.
 *
 * @param identity {@code always} or {@code by default} for {@code GENERATED ... AS IDENTITY}
 * @param generated the expression of {@code GENERATED ALWAYS AS (expression)}
 */
public record Column(
        Ident name,
        Optional<DataType> type,
        boolean notNull,
        Optional<String> defaultValue,
        Optional<String> identity,
        Optional<String> generated,
        Optional<String> collation,
        List<TableConstraint> constraints,
        Span span) {

    public Column {
        constraints = List.copyOf(constraints);
    }

    public boolean primaryKey() {
        return constraints.stream().anyMatch(c -> c instanceof TableConstraint.PrimaryKey);
    }

    /** True when inserting a row without this column still gives it a value. */
    public boolean hasDefault() {
        return defaultValue.filter(d -> !d.equalsIgnoreCase("null")).isPresent()
                || identity.isPresent()
                || generated.isPresent()
                || type.map(DataType::isSerial).orElse(false);
    }
}
