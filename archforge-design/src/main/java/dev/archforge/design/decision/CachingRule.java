package dev.archforge.design.decision;

import dev.archforge.design.capacity.DatabaseReads;
import dev.archforge.design.capacity.EntitySizes;
import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.CacheEntry;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.RequirementKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cache only when the read load warrants one: Redis with cache-aside for hot reads of shared
 * (unowned) data once peak reads pass what one PostgreSQL node serves comfortably, and for
 * cross-instance fan-out of realtime messages at scale. Small systems get no cache.
 */
@DecisionInfo(
        id = "caching",
        area = Area.CACHING,
        title = "Caching",
        reads = {
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.ENTITIES,
            RequirementKey.FEATURES,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS,
            RequirementKey.READ_PERCENT,
            RequirementKey.REGISTERED_USERS
        })
public final class CachingRule implements DecisionRule {
    /** Peak reads per second from which a cache is cheaper than database capacity. */
    static final double CACHE_READS = 500;
    /** Peak rate of one read pattern from which caching it pays. */
    /** Peak requests per second from which realtime fan-out moves off PostgreSQL LISTEN/NOTIFY. */
    static final double FAN_OUT_RPS = 500;
    /** Share of rows read often enough to stay in the cache. */
    static final double HOT_SHARE = 0.2;

    static final long MAX_KEYS = 1_000_000;
    /** Share of peak reads the access patterns must name before the unnamed rest is ignored. */
    static final double UNNAMED_SHARE = 0.5;

    /** Records every caller sees the same: not accounts, and not owned by a user (at most three). */
    private static List<Entity> sharedEntities(DesignContext context) {
        List<Entity> shared = new ArrayList<>();
        for (Entity e : context.requirements().entities()) {
            if (!e.account() && !e.appendOnly() && shared.size() < 3) {
                boolean ownedByReaders = e.owner().isPresent()
                        && context.requirements().accessPatterns().stream()
                                .anyMatch(p -> p.entity().equals(e.name())
                                        && !p.operation().isWrite()
                                        && p.filters().contains(e.owner().get()));
                if (!ownedByReaders) {
                    shared.add(e);
                }
            }
        }
        return shared;
    }

    @Override
    public Choice decide(DesignContext context) {
        Load load = context.load();
        List<CacheEntry> entries = new ArrayList<>();
        List<String> cached = new ArrayList<>();
        if (load.peakReadRps() >= CACHE_READS) {
            for (PatternLoad p : load.patterns()) {
                Optional<Entity> e = context.entity(p.pattern().entity());
                if (e.isPresent() && DatabaseReads.cacheable(e.get(), p)) {
                    entry(context, e.get(), p.pattern()).ifPresent(entry -> {
                        entries.add(entry);
                        cached.add(p.pattern().name() + " (" + Numbers.format(p.peakRps()) + " req/s)");
                    });
                }
            }
        }
        double described = load.patterns().stream()
                .filter(p -> !p.isWrite())
                .mapToDouble(PatternLoad::peakRps)
                .sum();
        boolean unnamed = entries.isEmpty()
                && load.peakReadRps() >= CACHE_READS
                && described < UNNAMED_SHARE * load.peakReadRps();
        if (unnamed) {
            for (Entity e : sharedEntities(context)) {
                AccessPattern byId = new AccessPattern(
                        "read-" + Names.kebab(e.name()),
                        "",
                        Operation.READ,
                        e.name(),
                        List.of(),
                        Optional.empty(),
                        false,
                        0,
                        0,
                        e.location());
                entry(context, e, byId).ifPresent(entry -> {
                    entries.add(entry);
                    cached.add(e.name() + " by id");
                });
            }
        }
        boolean fanOut = context.has(Feature.REALTIME) && load.peakRps() >= FAN_OUT_RPS;
        if (!entries.isEmpty() || fanOut) {
            context.parts().addStore(Store.REDIS);
        }
        context.parts().cache(entries);
        Choice choice = Choice.of("").drivenByLoad(load).driver(RequirementKey.READ_PERCENT, load.readPercent());
        if (entries.isEmpty() && !fanOut) {
            return noCache(context, choice);
        }
        List<String> parts = new ArrayList<>();
        if (unnamed && !entries.isEmpty()) {
            parts.add("Redis cache-aside for " + Text.and(cached));
            choice.because("Peak reads are " + Numbers.format(load.peakReadRps()) + " req/s, but the access patterns"
                    + " name only " + Numbers.format(Numbers.round(described)) + " req/s of them: the rest are reads"
                    + " of " + Text.and(cached) + ", the records not owned by one user, which every caller sees the"
                    + " same. Cached with a TTL and dropped on write; name the read patterns to size each entry.");
        } else if (!entries.isEmpty()) {
            parts.add("Redis cache-aside for " + Text.and(cached));
            choice.because("Peak reads are " + Numbers.format(load.peakReadRps()) + " req/s and the hottest reads"
                    + " are of shared data that every user sees the same: cached with a TTL and dropped on"
                    + " write, so PostgreSQL serves misses and writes only. Owned data is not cached: each user"
                    + " reads their own rows rarely.");
        }
        if (fanOut) {
            parts.add("Redis pub/sub to fan realtime messages out across instances");
            choice.driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(context.requirements()))
                    .because("At " + Numbers.format(load.peakRps()) + " req/s realtime messages reach clients"
                            + " connected to other instances through Redis pub/sub.");
        }
        choice.withChoice(String.join("; ", parts));
        if (entries.isEmpty()) {
            return choice.alternative(
                            "PostgreSQL LISTEN/NOTIFY",
                            "Every instance would hold a database connection open to listen, and notifications"
                                    + " at " + Numbers.format(load.peakRps()) + " req/s would compete with the"
                                    + " writes.")
                    .alternative(
                            "Sticky sessions, no fan-out",
                            "Would pin every member of a conversation to one instance; each deploy or rebalance"
                                    + " would cut them off.")
                    .tradeoff("Pub/sub reaches only the instances connected now: a client that reconnects catches up"
                            + " from PostgreSQL.")
                    .tradeoff("Redis is one more service to run, monitor and secure.")
                    .revisitWhen("When one shared resource is read more than ~"
                            + Numbers.format(DatabaseReads.HOT_PATTERN_RPS)
                            + " times a second, cache it in the same Redis.");
        }
        return choice.alternative(
                        "No cache, more database replicas",
                        "Replicas cost a full database each and still" + " pay the query cost on every read.")
                .alternative(
                        "In-process cache per instance",
                        "Each instance would hold its own copy, invalidated"
                                + " separately; entries go stale for different users differently.")
                .tradeoff("Readers may see data up to "
                        + Numbers.format(entries.stream()
                                .mapToInt(CacheEntry::ttlSeconds)
                                .max()
                                .orElse(0))
                        + " s old (the longest TTL) when an invalidation is lost.")
                .tradeoff("Redis is one more service to run, monitor and secure.")
                .revisitWhen("When the hit ratio stays under ~80 % or cache memory passes the instance size,"
                        + " revisit what is cached and the TTLs.");
    }

    /**
     * No cache, and why: reads are below the rate from which a cache pays, or above it but of records
     * each caller owns, which a cache would hold once per user and rarely hit.
     */
    private static Choice noCache(DesignContext context, Choice choice) {
        Load load = context.load();
        double reads = load.peakReadRps();
        Optional<PatternLoad> hottest = hottestSharedRead(context);
        boolean busy = reads >= CACHE_READS;
        choice.withChoice("No cache");
        if (busy) {
            choice.because("Peak reads are " + Numbers.format(reads) + " req/s, past the " + Numbers.format(CACHE_READS)
                    + " req/s from which a cache pays, but no shared record is read hot enough to cache"
                    + hottest.map(p -> " (the busiest, " + p.pattern().name() + ", peaks at "
                                    + Numbers.format(p.peakRps()) + " req/s, under "
                                    + Numbers.format(DatabaseReads.HOT_PATTERN_RPS) + ")")
                            .orElse("")
                    + ": the reads are of records each caller owns, which a cache would hold once per user and"
                    + " rarely hit; indexes and read replicas carry them.");
        } else {
            choice.because("Peak reads are " + Numbers.format(reads) + " req/s, below the "
                    + Numbers.format(CACHE_READS) + " req/s from which a cache beats a PostgreSQL node that"
                    + " keeps its working set in memory; every cache adds invalidation bugs and a service"
                    + " to run.");
        }
        boolean hot = hottest.filter(p -> p.peakRps() >= DatabaseReads.HOT_PATTERN_RPS)
                .isPresent();
        String revisit;
        if (busy) {
            revisit = "When one shared resource is read more than ~" + Numbers.format(DatabaseReads.HOT_PATTERN_RPS)
                    + " times a second, add Redis cache-aside for it.";
        } else if (hot) {
            revisit = "When peak reads pass ~" + Numbers.format(CACHE_READS) + " req/s, add Redis cache-aside for "
                    + hottest.get().pattern().name() + ", already the hottest shared read.";
        } else {
            revisit = "When peak reads pass ~" + Numbers.format(CACHE_READS)
                    + " req/s or one shared resource is read more than ~"
                    + Numbers.format(DatabaseReads.HOT_PATTERN_RPS) + " times a second, add Redis cache-aside for it.";
        }
        return choice.alternative(
                        "Redis cache-aside",
                        "Would hold data PostgreSQL already serves from its buffer cache at " + Numbers.format(reads)
                                + " reads/s at peak, and add stale reads.")
                .alternative(
                        "HTTP caching (ETag, Cache-Control) only",
                        "Kept as a free addition for public resources, not a substitute decision: it needs no"
                                + " infrastructure.")
                .tradeoff("Every read hits PostgreSQL (" + Numbers.format(reads) + " req/s at peak); its buffer"
                        + " cache and indexes carry the load.")
                .tradeoff("Latency of " + listNames(context) + " depends on their indexes.")
                .revisitWhen(revisit);
    }

    /** The list patterns by name, at most three, for prose. */
    private static String listNames(DesignContext context) {
        List<String> names = context.requirements().accessPatterns().stream()
                .filter(p -> p.operation() == Operation.LIST || p.operation() == Operation.SEARCH)
                .map(AccessPattern::name)
                .toList();
        if (names.isEmpty()) {
            return "list queries";
        }
        return names.size() <= 3 ? Text.and(names) : String.join(", ", names.subList(0, 3)) + " and the other lists";
    }

    /** The read of shared (unowned) records with the highest peak. */
    private static Optional<PatternLoad> hottestSharedRead(DesignContext context) {
        PatternLoad best = null;
        for (PatternLoad p : context.load().patterns()) {
            Operation op = p.pattern().operation();
            boolean shared = context.entity(p.pattern().entity())
                    .filter(e -> e.owner().isEmpty())
                    .isPresent();
            if (shared
                    && (op == Operation.READ || op == Operation.LIST)
                    && (best == null || p.peakRps() > best.peakRps())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<CacheEntry> entry(DesignContext context, Entity e, AccessPattern p) {
        boolean tenant = DomainTerms.tenantScoped(context.requirements(), e);
        int row = EntitySizes.rowBytes(e, tenant) * 2;
        long rows = (long)
                EntitySizes.rows(context.requirements(), context.load(), e).value();
        String name = Names.kebab(e.name());
        if (p.operation() == Operation.READ) {
            long keys = Math.max(1, Math.min(MAX_KEYS, Math.round(rows * HOT_SHARE)));
            return Optional.of(new CacheEntry(
                    e.name() + " by id",
                    name + ":{id}",
                    "cache-aside",
                    300,
                    "on update or delete of the " + e.name(),
                    keys,
                    row));
        }
        if (p.operation() == Operation.LIST) {
            long combinations = 1;
            StringBuilder key =
                    new StringBuilder(Names.collection(e.name())).append(':').append(p.name());
            for (String filter : p.filters()) {
                combinations = Math.min(10_000, combinations * cardinality(e, filter));
                key.append(":{").append(Names.snake(filter)).append('}');
            }
            key.append(":{cursor}");
            return Optional.of(new CacheEntry(
                    "Pages of " + p.name(),
                    key.toString(),
                    "cache-aside",
                    60,
                    "on create, update or delete of any " + e.name() + " (version key bumped)",
                    combinations * 5,
                    row * 20));
        }
        return Optional.empty();
    }

    /** Distinct values of a filter: an enum's values, the lifecycle states, else 100. */
    private static long cardinality(Entity e, String filter) {
        if (filter.equals("state") && !e.states().isEmpty()) {
            return e.states().size();
        }
        Optional<Field> field = e.field(filter);
        if (field.isPresent() && field.get().type() == FieldType.ENUM) {
            return field.get().values().size();
        }
        if (field.isPresent() && field.get().type() == FieldType.BOOLEAN) {
            return 2;
        }
        return 100;
    }
}
