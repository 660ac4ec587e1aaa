package dev.archforge.design.decision;

import dev.archforge.design.capacity.EntitySizes;
import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.DataPlan.TimePartition;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * A store per data shape, PostgreSQL unless the shape demands otherwise: TimescaleDB (PostgreSQL
 * with hypertables) for write-heavy time-series readings, OpenSearch for search only at a scale
 * PostgreSQL full-text cannot serve, object storage for uploads. The cache is decided later.
 */
@DecisionInfo(
        id = "data-stores",
        area = Area.DATA,
        title = "Data stores",
        reads = {
            RequirementKey.FEATURES,
            RequirementKey.ENTITIES,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS,
            RequirementKey.REGISTERED_USERS,
            RequirementKey.RETENTION_MONTHS,
            RequirementKey.HOSTING,
            RequirementKey.CLOUD
        })
public final class DataStoresRule implements DecisionRule {
    /** Peak writes per second to one time-series table from which hypertables pay off. */
    static final double TIME_SERIES_WRITES = 100;
    /** Searchable rows from which a search engine beats PostgreSQL full-text. */
    static final double SEARCH_ROWS = 10_000_000;
    /** Peak searches per second from which a search engine beats PostgreSQL full-text. */
    static final double SEARCH_RPS = 100;
    /** Rows in one table from which one PostgreSQL node needs partitions or another store. */
    static final double BIG_TABLE_ROWS = 1_000_000_000;
    /** Ranked rows from which a player's rank is too costly to count in SQL. */
    static final double RANKED_ROWS = 1_000_000;
    /** Peak ranking reads per second from which they move to sorted sets. */
    static final double RANKED_READS = 200;
    /** Sustained writes per second from which one PostgreSQL node needs help. */
    static final double BIG_WRITES = 5_000;

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Load load = context.load();
        List<String> series = new ArrayList<>();
        List<TimePartition> hypertables = new ArrayList<>();
        double seriesWrites = 0;
        for (Entity e : req.entities()) {
            double writes = load.peakWriteRpsOn(e.name());
            boolean timed = e.fields().stream().anyMatch(f -> f.type() == FieldType.TIMESTAMP);
            if (timed && DomainTerms.isReading(e) && writes >= TIME_SERIES_WRITES) {
                series.add(e.name());
                hypertables.add(new TimePartition(e.name(), timeField(e), true));
                seriesWrites += writes;
            }
        }
        context.parts().data(d -> d.plusPartitions(hypertables));
        boolean cloud = !"on-premises".equals(context.constraints().hosting());
        boolean aws = cloud && "aws".equals(context.constraints().cloud());
        Choice choice =
                Choice.of("").driver(RequirementKey.ENTITIES, req.entities().size());
        List<String> parts = new ArrayList<>();
        if (series.isEmpty()) {
            context.parts().addStore(Store.POSTGRESQL);
            parts.add("PostgreSQL for all " + Text.count(req.entities().size(), "entity", "entities"));
            choice.because("Every entity is relational: records with relations, ownership and lifecycles, read by"
                    + " key and by indexed filters. One PostgreSQL holds them with transactions and constraints;"
                    + " jsonb covers the few flexible attributes.");
        } else {
            context.parts().addStore(Store.TIMESCALEDB);
            parts.add("TimescaleDB (PostgreSQL with hypertables) for " + Text.and(series)
                    + " and the relational entities");
            choice.driver(RequirementKey.ACCESS_PATTERNS, req.accessPatterns().size())
                    .because(Text.and(series) + " " + Text.verb(series, "holds", "hold") + " time-stamped readings"
                            + " written at " + Numbers.format(Numbers.round(seriesWrites)) + " rows/s at peak;"
                            + " hypertables partition them by time, compress old chunks ~10× and drop expired"
                            + " chunks instantly, while the relational entities stay in the same PostgreSQL.");
        }
        if (context.parts().style().separatelyDeployed()) {
            choice.because("Each service gets its own schema and credentials on the cluster, so no service reads"
                    + " another's tables; a service that outgrows the cluster moves to its own database.");
        }
        if (req.has(Feature.SEARCH)) {
            search(context, choice, parts);
        }
        rankings(context, choice, parts);
        if (req.has(Feature.UPLOADS)) {
            context.parts().addStore(Store.OBJECT_STORAGE);
            parts.add((aws ? "Amazon S3" : cloud ? "the cloud's object storage" : "MinIO (S3-compatible)")
                    + " for uploads");
            choice.driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                    .because("Uploaded files go to object storage through presigned URLs; the database keeps only"
                            + " their keys and metadata, so backups stay small and the API never streams files.");
        }
        return choice.withChoice(String.join("; ", parts))
                .alternative(
                        "MongoDB (document store)",
                        "The entities have relations and ownership that need joins, foreign keys and"
                                + " transactions; documents would duplicate them.")
                .alternative(
                        "Cassandra or DynamoDB (wide-column)",
                        series.isEmpty()
                                ? "Pays off for write rates in the tens of thousands per second with key-only reads;"
                                        + " this system's peak is " + Numbers.format(load.peakWriteRps())
                                        + " writes/s and it filters and sorts."
                                : Text.and(series) + " " + Text.verb(series, "is", "are")
                                        + " queried by time ranges and aggregated; TimescaleDB does both in SQL at "
                                        + Numbers.format(Numbers.round(seriesWrites))
                                        + " rows/s without a second data model.")
                .tradeoff(sharedDatabase(context))
                .tradeoff(
                        series.isEmpty()
                                ? "Vertical scaling first: a bigger PostgreSQL instance before sharding."
                                : "TimescaleDB is not offered by every managed PostgreSQL service"
                                        + (aws ? " (not by Amazon RDS): run Timescale Cloud or self-managed." : "."))
                .revisitWhen(revisit(context, !series.isEmpty()));
    }

    /** What sharing one database cluster costs, in the components' names. */
    private static String sharedDatabase(DesignContext context) {
        List<String> components =
                context.parts().components().stream().map(c -> c.name()).toList();
        if (components.size() <= 1) {
            return "One database holds everything: its outage or a bad migration stops the whole system.";
        }
        return "One PostgreSQL cluster is a shared dependency of " + Text.and(components)
                + ": each owns its tables and no other writes them.";
    }

    /**
     * Past ~1 billion rows in one table or ~5,000 writes/s, one PostgreSQL needs partitions or another
     * store; a design already past either is told the next step, at twice today's figure.
     */
    private static String revisit(DesignContext context, boolean series) {
        double rows = 0;
        for (Entity e : context.requirements().entities()) {
            rows = Math.max(
                    rows,
                    EntitySizes.rows(context.requirements(), context.load(), e).value());
        }
        double writes = context.load().peakWriteRps();
        boolean past = rows >= BIG_TABLE_ROWS || writes >= BIG_WRITES;
        double rowLimit = rows >= BIG_TABLE_ROWS ? Text.niceUp(2 * rows) : BIG_TABLE_ROWS;
        double writeLimit = writes >= BIG_WRITES ? Text.niceUp(2 * writes) : BIG_WRITES;
        return "When one table passes ~" + Text.rows(rowLimit) + " rows or writes pass ~" + Numbers.format(writeLimit)
                + " rows/s sustained, consider "
                + (series || past
                        ? "sharding (several nodes) or a store built for that scale."
                        : "partitioning or a store built for that shape.");
    }

    /** The time a reading was taken: its first required timestamp, else its first timestamp. */
    static String timeField(Entity e) {
        return e.fields().stream()
                .filter(f -> f.type() == FieldType.TIMESTAMP)
                .sorted((a, b) -> Boolean.compare(b.required(), a.required()))
                .findFirst()
                .map(f -> Names.snake(f.name()))
                .orElseThrow();
    }

    /**
     * Rankings read by position (top N, "my rank") over many rows or at a high rate: a rank in SQL counts
     * every higher score, a Redis sorted set answers it in O(log n).
     */
    private static void rankings(DesignContext context, Choice choice, List<String> parts) {
        Requirements req = context.requirements();
        List<AccessPattern> lists = ReadModels.rankedLists(req);
        List<String> ranked =
                lists.stream().map(AccessPattern::entity).distinct().toList();
        if (ranked.isEmpty()) {
            return;
        }
        double rows = 0;
        double writes = 0;
        for (String name : ranked) {
            rows = Math.max(
                    rows,
                    context.entity(name)
                            .map(e -> EntitySizes.rows(req, context.load(), e).value())
                            .orElse(0.0));
            writes += context.load().peakWriteRpsOn(name);
        }
        double reads = 0;
        for (var p : context.load().patterns()) {
            if (lists.contains(p.pattern())) {
                reads += p.peakRps();
            }
        }
        double scoreWrites = Math.max(writes, context.load().peakWriteRps());
        if (rows >= RANKED_ROWS || reads >= RANKED_READS) {
            context.parts().addStore(Store.REDIS);
            parts.add("Redis sorted sets for the rankings of " + Text.and(ranked) + " (rebuilt from PostgreSQL)");
            choice.because("Rankings of " + Text.and(ranked) + " cover ~" + Text.rows(rows) + " rows and are read "
                    + Numbers.format(Numbers.round(reads)) + " times/s at peak, while scores arrive at up to "
                    + Numbers.format(Numbers.round(scoreWrites))
                    + " writes/s: a Redis sorted set per board answers top-N"
                    + " and a player's rank in O(log n), where SQL counts every higher score. PostgreSQL keeps the"
                    + " scores of record, so a lost Redis is rebuilt, not restored.");
        } else {
            parts.add("rankings of " + Text.and(ranked) + " from B-tree indexes on the score in PostgreSQL");
            choice.because("Rankings of " + Text.and(ranked) + " cover ~" + Text.rows(rows) + " rows at "
                    + Numbers.format(Numbers.round(reads)) + " reads/s at peak: an index on (board filters, score"
                    + " desc) serves top-N directly; a sorted-set store pays off past ~" + Text.rows(RANKED_ROWS)
                    + " rows or ~" + Numbers.format(RANKED_READS) + " rank reads/s.");
        }
    }

    private static void search(DesignContext context, Choice choice, List<String> parts) {
        Requirements req = context.requirements();
        double rows = 0;
        double searches = context.load().peakRpsOf(Operation.SEARCH);
        for (var p : context.load().patterns()) {
            if (p.pattern().operation() == Operation.SEARCH) {
                rows += context.entity(p.pattern().entity())
                        .map(e -> EntitySizes.rows(req, context.load(), e).value())
                        .orElse(0.0);
            }
        }
        choice.driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req));
        if (rows >= SEARCH_ROWS || searches >= SEARCH_RPS) {
            context.parts().addStore(Store.OPENSEARCH);
            parts.add("OpenSearch for search, fed from PostgreSQL through events");
            choice.because(
                    "Search covers " + Numbers.format(rows) + " rows at " + Numbers.format(Numbers.round(searches))
                            + " searches/s at peak, past what PostgreSQL full-text serves with good relevance; OpenSearch"
                            + " is a derived index rebuilt from PostgreSQL, never the source of truth.");
        } else {
            parts.add("PostgreSQL full-text search (tsvector with GIN indexes)");
            choice.because(
                    "Search covers " + Numbers.format(rows) + " rows at " + Numbers.format(Numbers.round(searches))
                            + " searches/s at peak: PostgreSQL full-text with a GIN index serves that without a second"
                            + " store to run and keep in sync.");
        }
    }
}
