package dev.archforge.design.cost;

import java.util.Locale;

/** Everything the cost model prices; each needs an entry in {@code prices.yaml} under its {@link #id()}. */
public enum Item {
    INSTANCE,
    PAAS_INSTANCE,
    DATABASE_NODE,
    SMALL_DATABASE_NODE,
    DATABASE_STORAGE,
    BACKUP_STORAGE,
    PGBOUNCER,
    REDIS,
    OPENSEARCH,
    OBJECT_STORAGE,
    KAFKA,
    RABBITMQ,
    SQS,
    KUBERNETES,
    LOAD_BALANCER,
    EGRESS,
    OBSERVABILITY;

    /** The key in {@code prices.yaml}: {@code PAAS_INSTANCE} → {@code paas-instance}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
