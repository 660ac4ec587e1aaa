package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One way the system is used: who reads or writes which entity, how often, filtered and sorted how.
 * Drives indexes, caching, capacity and the API's query parameters.
 *
 * @param filters field or relation names in equality-then-range order
 * @param sort a field name, with {@link #descending()}
 * @param perUserPerDay how often one daily active user does this; 0 when given as {@link #perSecond()}
 * @param perSecond an absolute rate at average load; 0 when given per user. For a per-actor frequency,
 *     the rate of one actor times the actor's {@code count}
 * @param shape how the rate moves over a day
 * @param payloadBytes the size of one request body or record written, when stated
 * @param perActorPerSecond the rate of one actor, when the frequency was given per actor; else 0
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
        Location location,
        Shape shape,
        OptionalInt payloadBytes,
        double perActorPerSecond) {
    public AccessPattern {
        filters = List.copyOf(filters);
    }

    /** A pattern of the first format: diurnal, payload not stated, no per-actor rate. */
    public AccessPattern(
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
        this(
                name,
                actor,
                operation,
                entity,
                filters,
                sort,
                descending,
                perUserPerDay,
                perSecond,
                location,
                Shape.DIURNAL,
                OptionalInt.empty(),
                0);
    }

    /** True when the rate is the same all day (devices, pings), so its peak is its average. */
    public boolean steady() {
        return shape == Shape.STEADY;
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

        /** The key of an access pattern that names the entity for this operation: {@code list: Workout}. */
        public RequirementKey key() {
            return switch (this) {
                case CREATE -> RequirementKey.PATTERN_CREATE;
                case READ -> RequirementKey.PATTERN_READ;
                case LIST -> RequirementKey.PATTERN_LIST;
                case UPDATE -> RequirementKey.PATTERN_UPDATE;
                case DELETE -> RequirementKey.PATTERN_DELETE;
                case SEARCH -> RequirementKey.PATTERN_SEARCH;
            };
        }

        static Operation of(RequirementKey key) {
            for (Operation o : values()) {
                if (o.key() == key) {
                    return o;
                }
            }
            throw new IllegalArgumentException(key + " names no operation");
        }
    }
}
