package dev.archforge.design.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the data and consistency decisions fix per entity, in the typed form the schema and the API
 * must keep: which tables are split by time, how creates are made safe to retry, whether updates are
 * guarded by optimistic locking, and which creates also come in batches. Entity names throughout,
 * in requirements order.
 *
 * @param partitions tables split by time: TimescaleDB hypertables (data stores) and tables
 *     range-partitioned by month on {@code created_at} (data lifecycle)
 * @param idempotentCreates entities whose POST takes an {@code Idempotency-Key} (consistency)
 * @param deduplicated entities whose retried inserts are absorbed by a unique natural key, with the key
 *     (consistency)
 * @param optimisticLocking updates and deletes are conditional on the record's ETag (consistency)
 * @param batchCreates entities whose creates also come in batches, one request per batch (performance)
 */
public record DataPlan(
        List<TimePartition> partitions,
        List<String> idempotentCreates,
        List<NaturalKey> deduplicated,
        boolean optimisticLocking,
        List<String> batchCreates) {
    /** Nothing decided: what a hand-written architecture without these decisions has. */
    public static final DataPlan NONE = new DataPlan(List.of(), List.of(), List.of(), false, List.of());

    public DataPlan {
        partitions = List.copyOf(partitions);
        idempotentCreates = List.copyOf(idempotentCreates);
        deduplicated = List.copyOf(deduplicated);
        batchCreates = List.copyOf(batchCreates);
    }

    /**
     * An entity's table split by time on {@code column}.
     *
     * @param hypertable a TimescaleDB hypertable (chunks, compression, instant expiry); otherwise
     *     declarative range partitions of one month
     */
    public record TimePartition(String entity, String column, boolean hypertable) {}

    /**
     * The fields and relations that identify one record of {@code entity} in the world, so a retried
     * insert of the same record collides with the first: the source relations, the discriminating
     * enumerations and the client's timestamp ({@code device}, {@code metric}, {@code recorded_at}).
     */
    public record NaturalKey(String entity, List<String> parts) {
        public NaturalKey {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("the natural key of " + entity + " needs parts");
            }
        }
    }

    /** Adds partitions for entities not split yet. */
    public DataPlan plusPartitions(List<TimePartition> more) {
        List<TimePartition> all = new ArrayList<>(partitions);
        for (TimePartition p : more) {
            if (partition(p.entity()).isEmpty()) {
                all.add(p);
            }
        }
        return new DataPlan(all, idempotentCreates, deduplicated, optimisticLocking, batchCreates);
    }

    public DataPlan withConsistency(List<String> idempotent, List<NaturalKey> dedup, boolean locking) {
        return new DataPlan(partitions, idempotent, dedup, locking, batchCreates);
    }

    public DataPlan withBatchCreates(List<String> entities) {
        return new DataPlan(partitions, idempotentCreates, deduplicated, optimisticLocking, entities);
    }

    /** How the entity's table is split by time, if it is. */
    public Optional<TimePartition> partition(String entity) {
        return partitions.stream().filter(p -> p.entity().equals(entity)).findFirst();
    }

    /** The natural key of {@code entity}, when its inserts are deduplicated by one. */
    public Optional<NaturalKey> naturalKey(String entity) {
        return deduplicated.stream().filter(k -> k.entity().equals(entity)).findFirst();
    }
}
