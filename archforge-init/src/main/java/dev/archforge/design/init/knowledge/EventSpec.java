package dev.archforge.design.init.knowledge;

import java.util.List;

/** Something that happens to an entity that other parts react to, with who reacts (free text). */
public record EventSpec(String name, String entity, List<String> consumers) {
    public EventSpec {
        if (!name.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("event name must be PascalCase, got '" + name + "'");
        }
        consumers = List.copyOf(consumers);
    }

    public static EventSpec of(String name, String entity, String... consumers) {
        return new EventSpec(name, entity, List.of(consumers));
    }
}
