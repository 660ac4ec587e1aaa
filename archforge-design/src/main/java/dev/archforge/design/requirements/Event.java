package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import java.util.List;

/**
 * Something that happens to an entity that other parts react to ({@code WorkoutCompleted}).
 *
 * @param consumers what reacts: feature or module names, free text
 */
public record Event(String name, String entity, List<String> consumers, Location location) {
    public Event {
        consumers = List.copyOf(consumers);
    }
}
