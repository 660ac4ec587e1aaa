package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;

/**
 * The search engine, once the data stores are decided: PostgreSQL full-text search while the searched
 * rows and search rate fit it, OpenSearch as a derived index past that (the data stores decision adds
 * the store; this decision says how it is fed and what it costs).
 */
@DecisionInfo(
        id = "search",
        area = Area.DATA,
        title = "Search",
        reads = {RequirementKey.FEATURES, RequirementKey.ACCESS_PATTERNS, RequirementKey.DAILY_ACTIVE_USERS})
public final class SearchRule implements DecisionRule {
    @Override
    public boolean applies(DesignContext context) {
        return context.has(Feature.SEARCH)
                || context.requirements().accessPatterns().stream().anyMatch(p -> p.operation() == Operation.SEARCH);
    }

    @Override
    public Choice decide(DesignContext context) {
        double searches = context.load().peakRpsOf(Operation.SEARCH);
        Choice choice = Choice.of("")
                .driver(
                        RequirementKey.ACCESS_PATTERNS,
                        context.requirements().accessPatterns().size());
        if (context.parts().uses(Store.OPENSEARCH)) {
            return choice.withChoice("OpenSearch as a derived index, fed from PostgreSQL through the outbox;"
                            + " reindex from PostgreSQL on mapping changes")
                    .because("The data stores decision puts search on OpenSearch (" + Numbers.format(searches)
                            + " searches/s at peak): writes go to PostgreSQL, an indexer consumes their events and"
                            + " updates the index within seconds, and a full reindex rebuilds it from the source of"
                            + " truth.")
                    .alternative(
                            "Dual writes from the request",
                            "A failed second write leaves the index silently" + " behind; events retry.")
                    .alternative(
                            "PostgreSQL full-text search",
                            "Simpler, but weak relevance (no BM25, synonyms or" + " typo tolerance) at this size.")
                    .tradeoff("Search results lag writes by the indexer's delay (seconds).")
                    .tradeoff("OpenSearch is a cluster to run, size and upgrade.")
                    .revisitWhen("When indexing lags writes by more than half a minute at peak, add indexer consumers"
                            + " per partition.");
        }
        return choice.withChoice("PostgreSQL full-text search (tsvector with GIN indexes, pg_trgm for typos)")
                .because("Search runs at " + Numbers.format(searches) + " searches/s at peak over data PostgreSQL"
                        + " holds: a generated tsvector column with a GIN index answers it in the same transaction"
                        + " as the write, with no index to keep in step.")
                .alternative(
                        "OpenSearch or Elasticsearch",
                        "A cluster and an indexing pipeline for a search load" + " PostgreSQL serves.")
                .alternative(
                        "Managed search (Algolia, Typesense Cloud)",
                        "Good relevance, but a per-record bill" + " and data leaving the database.")
                .tradeoff("Relevance tuning is limited to weights and dictionaries.")
                .revisitWhen("When searches pass ~" + Numbers.format(DataStoresRule.SEARCH_RPS)
                        + " per second (today " + Numbers.format(searches)
                        + ") or relevance (synonyms, facets, typo tolerance)"
                        + " becomes a product feature, add OpenSearch as a derived index.");
    }
}
