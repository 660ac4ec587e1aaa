package dev.archforge.design.decision;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Area;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;

/**
 * HTTP caching and a CDN for APIs that anyone reads: a public, read-heavy API serves the same
 * responses to many clients, so the edge can answer most of them. A CDN pays once public reads pass
 * what the origin serves without strain, or when readers are spread across regions; below that,
 * validators (ETag) and Cache-Control headers cost nothing and save bandwidth.
 */
@DecisionInfo(
        id = "http-caching",
        area = Area.CACHING,
        title = "HTTP caching and CDN",
        reads = {
            RequirementKey.AUDIENCE,
            RequirementKey.READ_PERCENT,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.REGIONS
        })
public final class HttpCachingRule implements DecisionRule {
    /** Peak reads per second from which a CDN in front of the public reads pays for itself. */
    static final double CDN_READS = 200;
    /** Share of reads from which the responses are worth caching at the edge. */
    static final double READ_HEAVY_PERCENT = 70;

    /** Peak reads per second of shared records below which HTTP caching is not a decision worth making. */
    static final double SHARED_READS = 1;

    @Override
    public boolean applies(DesignContext context) {
        if (context.has(Feature.MEDIA)) {
            return true;
        }
        if (!context.requirements().system().isPublic() || context.load().readPercent() < READ_HEAVY_PERCENT) {
            return false;
        }
        boolean described = context.load().patterns().stream().anyMatch(p -> !p.isWrite());
        return !described || sharedReads(context) >= SHARED_READS;
    }

    /**
     * Peak reads per second of records that are the same for every reader: those of entities that belong to
     * are read by others than their owner, not filtered to one tenant (a catalogue, schedules, a seller's listings read by
     * buyers). Reads of one's own records gain nothing from a shared cache.
     */
    static double sharedReads(DesignContext context) {
        double reads = 0;
        for (PatternLoad p : context.load().patterns()) {
            if (p.isWrite()) {
                continue;
            }
            AccessPattern pattern = p.pattern();
            boolean shared = context.entity(pattern.entity())
                    .map(e -> !e.account()
                            && pattern.filters().stream().noneMatch(f -> f.startsWith("tenant"))
                            && e.owner()
                                    .map(o -> !o.equals(pattern.actor())
                                            && !pattern.filters().contains(o))
                                    .orElse(true))
                    .orElse(false);
            if (shared) {
                reads += p.peakRps();
            }
        }
        return reads;
    }

    @Override
    public Choice decide(DesignContext context) {
        Load load = context.load();
        double reads = load.peakReadRps();
        int regions = Math.max(1, context.constraints().regions().size());
        Choice choice = Choice.of("")
                .driver(RequirementKey.AUDIENCE, context.requirements().system().audience())
                .driver(RequirementKey.READ_PERCENT, load.readPercent());
        boolean cdn = reads >= CDN_READS || regions > 1 || context.has(Feature.MEDIA);
        if (!cdn) {
            return choice.withChoice("ETag and Cache-Control on public reads; no CDN yet")
                    .because("The API is public and " + Numbers.percent(load.readPercent())
                            + " reads, but peak reads are "
                            + Numbers.format(reads) + " req/s, below the " + Numbers.format(CDN_READS)
                            + " req/s from which an edge cache pays for itself: strong ETags with If-None-Match"
                            + " answer repeated reads with 304 and Cache-Control: max-age=60 lets clients reuse them.")
                    .alternative(
                            "CDN in front of the API now",
                            "A bill and a purge path for " + Numbers.format(reads)
                                    + " reads per second the origin serves easily.")
                    .alternative("No HTTP caching", "Every client refetches unchanged responses; validators are free.")
                    .tradeoff("Clients may show data up to 60 s old on cacheable resources.")
                    .revisitWhen("When public peak reads pass ~" + Numbers.format(CDN_READS)
                            + " req/s or readers span several regions, put a CDN in front of the public GETs.");
        }
        return choice.withChoice(
                        "CDN in front of public GET endpoints: Cache-Control max-age=60,"
                                + " stale-while-revalidate=300, ETag/If-None-Match; private data Cache-Control: private, no-store")
                .because("Peak reads are " + Numbers.format(reads) + " req/s"
                        + (reads >= CDN_READS
                                ? ", above the " + Numbers.format(CDN_READS) + " req/s from which an edge cache pays"
                                : "")
                        + (regions > 1 ? ", from readers in " + regions + " regions" : "")
                        + (context.has(Feature.MEDIA) ? ", and large files are delivered to many readers" : "")
                        + ": the CDN answers repeated public reads at the edge, stale-while-revalidate hides"
                        + " origin latency, and purge-by-key on writes keeps staleness under a minute.")
                .driver(RequirementKey.REGIONS, regions)
                .alternative(
                        "Origin only, more replicas",
                        "Each read costs an origin round trip and egress"
                                + " from one region; the CDN serves most of them for less.")
                .alternative(
                        "Redis in front of the database only",
                        "Saves database reads but not the round trip" + " and TLS for distant clients.")
                .tradeoff("Cached responses may be up to 60 s stale; authenticated responses must never be cached"
                        + " publicly (Vary: Authorization, Cache-Control: private).")
                .tradeoff("Purges on writes are one more path to test.")
                .revisitWhen("When the CDN hit ratio stays under ~60 %, cache keys are too specific: normalise query"
                        + " parameters or cache fewer variants.");
    }
}
