package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;

/**
 * Where reports and aggregates are computed. Rollup tables in PostgreSQL while the analysed rows are
 * tens of millions; a columnar store fed by change data capture past that, so analytical scans never
 * compete with the transactions.
 */
@DecisionInfo(
        id = "analytics-pipeline",
        area = Area.DATA,
        title = "Analytics pipeline",
        reads = {
            RequirementKey.FEATURES,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.REQUESTS_PER_DAY
        })
public final class AnalyticsPipelineRule implements DecisionRule {
    /** Events per day from which analytical scans belong in a columnar store. */
    static final double COLUMNAR_EVENTS_PER_DAY = 10_000_000;

    @Override
    public boolean applies(DesignContext context) {
        return context.has(Feature.ANALYTICS);
    }

    @Override
    public Choice decide(DesignContext context) {
        double perDay = Numbers.round(context.load().averageWriteRps() * 86_400);
        Choice choice =
                Choice.of("").driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(context.requirements()));
        if (perDay < COLUMNAR_EVENTS_PER_DAY) {
            return choice.withChoice("Rollup tables and materialized views in PostgreSQL, refreshed by scheduled jobs;"
                            + " no separate warehouse")
                    .because("About " + Numbers.format(perDay) + " writes a day, below the "
                            + Numbers.format(COLUMNAR_EVENTS_PER_DAY) + " from which analytical scans need a columnar"
                            + " store: incremental rollups by hour and day answer reports from small tables, refreshed"
                            + " off-peak or on a read replica.")
                    .alternative(
                            "ClickHouse or BigQuery now",
                            "A pipeline and a second copy of the data for a volume" + " PostgreSQL aggregates.")
                    .alternative(
                            "Reports straight on the transactional tables",
                            "Full scans compete with user" + " requests as the tables grow.")
                    .tradeoff("Reports are as fresh as the last rollup run.")
                    .revisitWhen("When writes pass ~" + Numbers.format(COLUMNAR_EVENTS_PER_DAY) + " a day (today "
                            + Numbers.format(perDay) + ") or reports need ad-hoc slicing, stream changes into a"
                            + " columnar store.");
        }
        return choice.withChoice("Columnar analytics store (ClickHouse, or BigQuery/Redshift as a managed"
                        + " warehouse) fed by CDC from PostgreSQL and the outbox events; raw events also landed in"
                        + " object storage")
                .because("About " + Numbers.format(perDay) + " writes a day, above the "
                        + Numbers.format(COLUMNAR_EVENTS_PER_DAY) + " from which aggregations over months scan"
                        + " billions of rows: a columnar store reads only the columns a query needs, compressed,"
                        + " and CDC keeps it minutes behind without touching the request path.")
                .alternative(
                        "Rollups in PostgreSQL only",
                        "Every new question needs a new rollup and a backfill" + " over the transactional tables.")
                .alternative(
                        "A data lake only (Parquet on object storage with a query engine)",
                        "Cheapest to store," + " but dashboards want sub-second answers.")
                .tradeoff("A second copy of the data to secure, with its own retention and erasure.")
                .tradeoff("Analytics lag the transactions by the CDC delay.")
                .revisitWhen("When analytical queries need sub-second answers per tenant, add pre-aggregated"
                        + " materialized views in the columnar store.");
    }
}
