package dev.archforge.design.plan;

import java.util.List;

/**
 * A module of a monolith or a separately deployed service, owning a set of entities: no other
 * component writes its tables.
 *
 * @param name kebab-case ({@code workouts})
 */
public record Component(String name, String description, List<String> entities) {
    public Component {
        entities = List.copyOf(entities);
    }
}
