package dev.archforge.design.capacity;

/**
 * The planning constants and the small sizing functions both the decisions and the capacity plan
 * use, so a decision and the plan never disagree about how many instances or connections there are.
 * The constants are deliberately round, conservative figures for a JVM service on PostgreSQL; the
 * capacity plan prints each one where it is used.
 */
public final class Sizing {
    /** vCPUs of one application instance. */
    public static final int CORES_PER_INSTANCE = 2;
    /** Memory of one application instance, MB. */
    public static final int MEMORY_MB_PER_INSTANCE = 2048;
    /** Requests per second one core serves for typical CRUD with a database round trip. */
    public static final int RPS_PER_CORE = 100;
    /** Share of an instance's capacity planned for at peak; the rest absorbs spikes and a lost zone. */
    public static final double TARGET_UTILIZATION = 0.6;
    /** HikariCP's "effective spindle count" for SSD storage. */
    public static final int EFFECTIVE_SPINDLES = 1;
    /** PostgreSQL's default {@code max_connections}. */
    public static final int DB_MAX_CONNECTIONS = 100;
    /** Connections kept back for superusers, migrations, replication and monitoring. */
    public static final int DB_RESERVED_CONNECTIONS = 10;
    /** Read requests per second one PostgreSQL node serves from memory before a replica pays off. */
    public static final int DB_READ_RPS_PER_NODE = 1000;
    /** Redis bookkeeping per key (dict entry, object header, expiry), bytes. */
    public static final int CACHE_OVERHEAD_BYTES = 64;
    /** Cache memory over the data it holds: fragmentation and growth. */
    public static final double CACHE_HEADROOM = 1.5;
    /** Ingestion requests per second one core serves: append and batch, no database round trip each. */
    public static final int INGEST_RPS_PER_CORE = 1000;
    /** Average rate from which a per-second create pattern counts as machine ingestion. */
    public static final double INGEST_PATTERN_RPS = 500;
    /** Messages per second one consumer of one partition handles. */
    public static final int EVENTS_PER_PARTITION = 500;

    private Sizing() {}

    /** Requests per second one instance is planned to serve at peak: {@code 2 × 100 × 0.6 = 120}. */
    public static double instanceCapacity() {
        return Numbers.round(CORES_PER_INSTANCE * RPS_PER_CORE * TARGET_UTILIZATION);
    }

    /** Instances that serve {@code peakRps} at the target utilization; at least one. */
    public static int instancesFor(double peakRps) {
        return instancesFor(peakRps, 0);
    }

    /** Ingestion requests per second one instance is planned to serve: {@code 2 × 1,000 × 0.6 = 1,200}. */
    public static double ingestCapacity() {
        return Numbers.round(CORES_PER_INSTANCE * INGEST_RPS_PER_CORE * TARGET_UTILIZATION);
    }

    /** Instances for {@code interactiveRps} of API traffic plus {@code ingestRps} of ingestion; at least one. */
    public static int instancesFor(double interactiveRps, double ingestRps) {
        return (int) Math.max(
                1, Numbers.ceil(interactiveRps / instanceCapacity()) + Numbers.ceil(ingestRps / ingestCapacity()));
    }

    /** Instances a deployable needs at its peak. */
    public static int instancesAtPeak(Deployable d) {
        return instancesFor(d.interactivePeakRps(), d.ingestPeakRps());
    }

    /** The fewest instances that meet an availability target: one per zone the target needs. */
    public static int availabilityFloor(double availability) {
        return zonesFor(availability);
    }

    /** Availability zones per region: 3 from 99.95 %, 2 from 99.9 %, else 1. */
    public static int zonesFor(double availability) {
        if (availability >= 99.95) {
            return 3;
        }
        return availability >= 99.9 ? 2 : 1;
    }

    /** Regions: a second region only from 99.99 %, the most one region's zones reliably give. */
    public static int regionsFor(double availability) {
        return availability >= 99.99 ? 2 : 1;
    }

    /** Connections per application instance: HikariCP's {@code cores × 2 + effective spindles}. */
    public static int poolSize() {
        return CORES_PER_INSTANCE * 2 + EFFECTIVE_SPINDLES;
    }

    /** Connections one database node gives the application. */
    public static int connectionBudgetPerNode() {
        return DB_MAX_CONNECTIONS - DB_RESERVED_CONNECTIONS;
    }

    /** Read replicas for {@code peakReadRps}: nodes beyond the primary. */
    public static int readReplicasFor(double peakReadRps) {
        return (int) Math.max(0, Numbers.ceil(peakReadRps / DB_READ_RPS_PER_NODE) - 1);
    }

    /** A synchronous standby in a second zone from 99.9 %. */
    public static int standbysFor(double availability) {
        return availability >= 99.9 ? 1 : 0;
    }

    /** Partitions for a topic: enough consumers for the peak, at least 3 so consumers can scale out. */
    public static int partitionsFor(double peakEventsPerSecond) {
        return (int) Math.max(3, Numbers.ceil(peakEventsPerSecond / EVENTS_PER_PARTITION));
    }

    /** The fewest replicas of a deployable: enough for its average load, and one per zone. */
    public static int minReplicas(Deployable d, double availability) {
        return Math.max(
                availabilityFloor(availability),
                instancesFor(Numbers.round(d.averageRps() - d.ingestAverageRps()), d.ingestAverageRps()));
    }

    /** The autoscaling ceiling: twice the replicas the peak needs, and twice the minimum. */
    public static int maxReplicas(int minReplicas, Deployable d) {
        return Math.max(2 * minReplicas, 2 * instancesAtPeak(d));
    }
}
