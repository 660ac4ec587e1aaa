package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.List;
import java.util.Locale;

/**
 * Where positions live. A few updates a second fit a PostGIS column with a GiST index; thousands of
 * pings a second are latest-position state, not records: they belong in memory (Redis GEO, keyed by
 * actor, expiring) with nearby queries answered there, and history batched into PostgreSQL.
 */
@DecisionInfo(
        id = "location",
        area = Area.DATA,
        title = "Location data",
        reads = {RequirementKey.FEATURES, RequirementKey.ENTITIES, RequirementKey.ACCESS_PATTERNS, RequirementKey.ACTORS
        })
public final class LocationRule implements DecisionRule {
    /** Position updates per second from which the latest positions move to memory. */
    static final double IN_MEMORY_UPDATES = 500;

    private static final List<String> GEO_FIELDS = List.of(
            "latitude",
            "longitude",
            "lat",
            "lng",
            "lon",
            "coordinates",
            "geo",
            "geom",
            "geography",
            "geolocation",
            "geopoint");

    @Override
    public boolean applies(DesignContext context) {
        return context.has(Feature.LOCATION)
                || !positional(context.requirements()).isEmpty();
    }

    /** Entities with a position among their fields. */
    static List<Entity> positional(Requirements req) {
        return req.entities().stream().filter(LocationRule::hasPosition).toList();
    }

    private static boolean hasPosition(Entity e) {
        for (Field f : e.fields()) {
            String n = f.name().toLowerCase(Locale.ROOT);
            for (String g : GEO_FIELDS) {
                if (n.equals(g) || n.endsWith("_" + g) || n.startsWith(g + "_")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Choice decide(DesignContext context) {
        List<Entity> entities = positional(context.requirements());
        double updates = 0;
        for (PatternLoad p : context.load().patterns()) {
            boolean onPositions =
                    entities.stream().anyMatch(e -> e.name().equals(p.pattern().entity()));
            boolean ping = p.pattern().perActorPerSecond() > 0;
            if (p.isWrite() && (onPositions || ping)) {
                updates += p.peakRps();
            }
        }
        updates = Numbers.round(updates);
        Choice choice = Choice.of("")
                .driver(
                        RequirementKey.ACCESS_PATTERNS,
                        context.requirements().accessPatterns().size());
        if (updates < IN_MEMORY_UPDATES) {
            return choice.withChoice("PostGIS geography(Point) columns with GiST indexes; nearby queries with"
                            + " ST_DWithin ordered by distance")
                    .because(
                            "Positions change " + Numbers.format(updates) + " times a second at peak, below the "
                                    + Numbers.format(IN_MEMORY_UPDATES) + " from which they are better kept in memory:"
                                    + " PostgreSQL with PostGIS stores and indexes them, and radius queries use the GiST index.")
                    .alternative("Redis GEO for positions", "Another store for a write rate PostgreSQL absorbs.")
                    .alternative(
                            "Latitude and longitude as two numeric columns",
                            "No spatial index: every nearby" + " query scans or needs a hand-made bounding box.")
                    .tradeoff("PostGIS must be available on the managed PostgreSQL (it is on the major clouds).")
                    .revisitWhen("When position updates pass ~" + Numbers.format(IN_MEMORY_UPDATES)
                            + " per second (today " + Numbers.format(updates)
                            + "), keep the latest positions in Redis GEO and batch history.");
        }
        context.parts().addStore(Store.REDIS);
        return choice.withChoice("Latest positions in Redis GEO (one key per area, members expiring), nearby"
                        + " searches with GEOSEARCH or H3 cells; position history batched into PostgreSQL (PostGIS),"
                        + " partitioned by day, kept short")
                .because(Numbers.format(updates) + " position updates a second at peak, above the "
                        + Numbers.format(IN_MEMORY_UPDATES) + " from which a row update per ping makes PostgreSQL"
                        + " churn dead tuples and WAL for data that is stale seconds later: the latest position is"
                        + " in-memory state, read by matching and maps; history is appended in batches for trips,"
                        + " disputes and analytics.")
                .alternative(
                        "One row per actor updated in PostgreSQL",
                        "At " + Numbers.format(updates)
                                + " updates/s the table is rewritten constantly (HOT updates, vacuum, replication lag).")
                .alternative(
                        "A dedicated geo database (Tile38)",
                        "Built for this, but one more system to run;"
                                + " Redis GEO covers radius queries at this rate.")
                .tradeoff("Positions in Redis are lost on a failure of the node: clients resend within seconds.")
                .tradeoff("Matching reads from Redis and writes results to PostgreSQL: two stores to keep in step.")
                .revisitWhen("When updates pass ~" + Numbers.format(Math.max(IN_MEMORY_UPDATES * 100, updates * 4))
                        + " per second (today " + Numbers.format(updates)
                        + "), shard positions by H3 cell across Redis nodes.");
    }
}
