package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import java.util.List;
import java.util.OptionalInt;

/**
 * One attribute of an entity, written {@code title: string(120) required unique} in the file.
 *
 * @param maxLength for {@code string(n)}; empty when unbounded or not a string
 * @param values the allowed values of an {@code enum(a, b)} field, empty otherwise
 * @param sensitive personal or secret data (passwords, health data): never returned, encrypted at rest
 */
public record Field(
        String name,
        FieldType type,
        OptionalInt maxLength,
        List<String> values,
        boolean required,
        boolean unique,
        boolean sensitive,
        Location location) {
    public Field {
        values = List.copyOf(values);
        if (type == FieldType.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("enum field '" + name + "' needs values");
        }
    }
}
