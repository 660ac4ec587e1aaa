package dev.archforge.design.plan;

import java.util.List;
import java.util.OptionalInt;

/**
 * How limited stock is sold without overselling.
 *
 * @param counters the fields that hold what is left, decremented only by a conditional update
 * @param reservationMinutes how long a hold lasts before it expires, when stock is held before it is
 *     confirmed: a reservation table with {@code expires_at}
 * @param counterShards rows each hot counter is split into; 1 for none
 * @param redisCounters hot counters are decremented in Redis first, PostgreSQL on confirmation
 */
public record Inventory(
        List<Counter> counters, OptionalInt reservationMinutes, int counterShards, boolean redisCounters) {
    public Inventory {
        counters = List.copyOf(counters);
        if (counterShards < 1) {
            throw new IllegalArgumentException("a counter needs at least one row, got " + counterShards);
        }
    }

    /** A stock field of an entity. */
    public record Counter(String entity, String field) {}
}
