package dev.archforge.design.capacity;

import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Requirements;
import java.util.Optional;

/**
 * The reads that reach PostgreSQL at peak: all reads, less what the cache absorbs (the hit ratio of
 * the hot shared reads it holds) and less the searches a search engine serves. Read replicas follow
 * from this number, so the cache decision and the replica count agree.
 */
public final class DatabaseReads {
    /** Share of cached reads the cache answers. */
    public static final double CACHE_HIT_RATIO = 0.8;
    /** Peak rate of one read pattern from which caching it pays. */
    public static final double HOT_PATTERN_RPS = 50;

    private DatabaseReads() {}

    /**
     * True when a pattern is worth caching: a read of shared data at a hot rate. Data is shared when
     * it has no owner, or when another actor than its owner reads it (buyers reading a seller's
     * listing); an owner reading their own rows is not.
     */
    public static boolean cacheable(Entity entity, PatternLoad pattern) {
        Operation op = pattern.pattern().operation();
        boolean shared =
                entity.owner().map(o -> !o.equals(pattern.pattern().actor())).orElse(true);
        return shared && (op == Operation.READ || op == Operation.LIST) && pattern.peakRps() >= HOT_PATTERN_RPS;
    }

    /** Quantity {@code database.peak-read-rps}, given whether the design caches and has a search engine. */
    public static Quantity peak(Requirements requirements, Load load, boolean cached, boolean searchEngine) {
        double cachedRps = 0;
        double searchRps = 0;
        for (PatternLoad p : load.patterns()) {
            Optional<Entity> entity = requirements.entity(p.pattern().entity());
            if (cached && entity.isPresent() && cacheable(entity.get(), p)) {
                cachedRps += p.peakRps();
            }
            if (searchEngine && p.pattern().operation() == Operation.SEARCH) {
                searchRps += p.peakRps();
            }
        }
        cachedRps = Numbers.round(cachedRps);
        searchRps = Numbers.round(searchRps);
        double reads = load.peakReadRps();
        double value = Numbers.round(Math.max(0, reads - CACHE_HIT_RATIO * cachedRps - searchRps));
        StringBuilder formula = new StringBuilder(Numbers.format(reads)).append(" peak reads");
        if (cachedRps > 0) {
            formula.append(" − ")
                    .append(Numbers.percent(CACHE_HIT_RATIO * 100))
                    .append(" cache hits × ")
                    .append(Numbers.format(cachedRps))
                    .append(" cached req/s");
        }
        if (searchRps > 0) {
            formula.append(" − ").append(Numbers.format(searchRps)).append(" searches on the search engine");
        }
        return new Quantity(
                "database.peak-read-rps", "Reads reaching PostgreSQL at peak", value, "req/s", formula.toString());
    }

    /** Read replicas for the design. */
    public static int replicas(Requirements requirements, Load load, boolean cached, boolean searchEngine) {
        return Sizing.readReplicasFor(
                peak(requirements, load, cached, searchEngine).value());
    }
}
