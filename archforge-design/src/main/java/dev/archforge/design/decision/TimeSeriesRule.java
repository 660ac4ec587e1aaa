package dev.archforge.design.decision;

import dev.archforge.design.capacity.EntitySizes;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Retention;
import java.util.ArrayList;
import java.util.List;

/**
 * Time-series data kept at full resolution forever is a cost that grows without bound: raw points are
 * kept for a short window, rolled up into hourly and daily aggregates that are kept for the full
 * retention, and old chunks compressed. Applies when the data stores put readings on TimescaleDB, or
 * an append-only entity is written as a steady stream.
 */
@DecisionInfo(
        id = "time-series",
        area = Area.DATA,
        title = "Time-series rollups and retention",
        reads = {RequirementKey.ENTITIES, RequirementKey.ACCESS_PATTERNS, RequirementKey.RETENTION_MONTHS})
public final class TimeSeriesRule implements DecisionRule {

    @Override
    public boolean applies(DesignContext context) {
        return context.parts().uses(Store.TIMESCALEDB) || !series(context).isEmpty();
    }

    /** Append-only entities written by a steady stream. */
    private static List<Entity> series(DesignContext context) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : context.requirements().entities()) {
            boolean streamed = context.load().on(e.name()).stream()
                    .anyMatch(p ->
                            p.isWrite() && p.pattern().steady() && p.pattern().perSecond() > 0);
            if (e.appendOnly() && streamed) {
                out.add(e);
            }
        }
        return out;
    }

    @Override
    public Choice decide(DesignContext context) {
        List<Entity> series = series(context);
        List<String> names = new ArrayList<>();
        double rows = 0;
        double writes = 0;
        for (Entity e : context.requirements().entities()) {
            boolean include =
                    series.contains(e) || (context.parts().uses(Store.TIMESCALEDB) && DomainTerms.isReading(e));
            if (include) {
                names.add(e.name());
                rows += EntitySizes.rows(context.requirements(), context.load(), e)
                        .value();
                writes += context.load().peakWriteRpsOn(e.name());
            }
        }
        if (names.isEmpty()) {
            names.add("the readings");
        }
        int months = context.scale().retentionMonths();
        boolean forever = false;
        for (Entity e : series) {
            months = EntitySizes.months(context.scale(), e);
            forever |= e.retention().map(Retention::forever).orElse(false);
        }
        String keep = forever ? "forever" : Text.count(months, "month", "months");
        boolean timescale = context.parts().uses(Store.TIMESCALEDB);
        String raw = Text.count(Math.min(EntitySizes.RAW_SERIES_MONTHS, months), "month", "months");
        Choice choice = Choice.of("")
                .driver(RequirementKey.RETENTION_MONTHS, months)
                .driver(
                        RequirementKey.ACCESS_PATTERNS,
                        context.requirements().accessPatterns().size());
        return choice.withChoice((timescale
                                ? "TimescaleDB hypertables for " + Text.and(names)
                                        + " with continuous aggregates (hourly and daily rollups), compression after"
                                        + " 7 days"
                                : "Daily range partitions for " + Text.and(names)
                                        + " with hourly and daily rollup tables refreshed by a job")
                        + "; raw points kept " + raw + ", rollups " + keep + " (tiered retention, downsampling)")
                .because(Text.and(names) + " " + Text.verb(names, "takes", "take") + " "
                        + Numbers.format(Numbers.round(writes)) + " writes/s at peak and would hold "
                        + Numbers.format(rows) + " rows of raw points: dashboards read hourly and daily"
                        + " aggregates, so raw points are needed only for recent investigation. Dropping whole"
                        + " chunks or partitions expires data without DELETE, and compression cuts stored size"
                        + " about 10×.")
                .alternative(
                        "Keep every raw point for the whole retention",
                        Numbers.format(rows)
                                + " rows to store, back up and scan; queries over months read raw points they aggregate"
                                + " anyway.")
                .alternative(
                        "A dedicated time-series database (InfluxDB, VictoriaMetrics)",
                        "Strong at metrics,"
                                + " but the relational entities and joins stay in PostgreSQL: two databases to run.")
                .tradeoff("Detail older than " + raw + " is gone: only the rollups answer questions about it.")
                .tradeoff("Late points after a rollup window closed need the aggregate refreshed for that window.")
                .revisitWhen("When raw writes pass ~" + Numbers.format(Math.max(100_000, writes * 4))
                        + " per second (today " + Numbers.format(Numbers.round(writes))
                        + "), batch ingest through a log (Kafka) and write in bulk.");
    }
}
