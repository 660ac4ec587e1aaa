package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * One way the system is used: who reads or writes which entity, how often, filtered and sorted how.
 * Drives indexes, caching, capacity and the API's query parameters.
 *
 * @param filters field or relation names in equality-then-range order
 * @param sort a field name, with {@link #descending()}
 * @param perUserPerDay how often one daily active user does this; 0 when given as {@link #perSecond()}
 * @param perSecond an absolute rate at average load; 0 when given per user
 */
public record AccessPattern(
        String name,
        String actor,
        Operation operation,
        String entity,
        List<String> filters,
        Optional<String> sort,
        boolean descending,
        double perUserPerDay,
        double perSecond,
        Location location) {
    public AccessPattern {
        filters = List.copyOf(filters);
    }

    /** What the pattern does to the entity. */
    public enum Operation {
        CREATE,
        READ,
        LIST,
        UPDATE,
        DELETE,
        SEARCH;

        public boolean isWrite() {
            return this == CREATE || this == UPDATE || this == DELETE;
        }
    }
}
