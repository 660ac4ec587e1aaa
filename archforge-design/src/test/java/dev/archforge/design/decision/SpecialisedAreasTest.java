package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.actions;
import static dev.archforge.design.testing.Variants.features;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.plusFeatures;
import static dev.archforge.design.testing.Variants.users;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The specialised areas appear only where the workload calls for them, and their choice flips at the
 * threshold their rationale names.
 */
class SpecialisedAreasTest {
    private static List<String> ids(Requirements r) {
        return Decide.design(r).decisions().stream().map(Decision::id).toList();
    }

    @Test
    void aSmallInternalSystemGetsNoneOfThem() {
        assertThat(ids(Shapes.internalTool()))
                .doesNotContain(
                        "realtime-delivery",
                        "location",
                        "search",
                        "time-series",
                        "file-storage",
                        "analytics-pipeline",
                        "notifications");
    }

    @Test
    void httpCachingGoesToACdnOnlyPastThePublicReadThreshold() {
        Requirements tiny = users(features(fitness()), 2_000, 200);
        assertThat(Decide.design(tiny).decisions().stream().map(d -> d.id()))
                .as("shared reads below one a second make no HTTP caching decision")
                .doesNotContain("http-caching");
        Requirements small = users(features(fitness()), 100_000, 20_000);
        assertThat(Decide.choice(small, "http-caching"))
                .isEqualTo("ETag and Cache-Control on public reads; no CDN yet");
        Requirements big = users(features(fitness()), 5_000_000, 1_000_000);
        assertThat(Decide.choice(big, "http-caching")).startsWith("CDN in front of public GET endpoints");
    }

    @Test
    void realtimeConnectionsMoveToAGatewayTierPastOneInstance() {
        Requirements few = users(features(fitness(), Feature.REALTIME), 5_000, 1_000);
        assertThat(Decide.choice(few, "realtime-delivery"))
                .startsWith("WebSocket (SSE for one-way feeds) from the"
                        + " application instances; PostgreSQL LISTEN/NOTIFY");
        Requirements many = users(features(fitness(), Feature.REALTIME, Feature.NOTIFICATIONS), 2_000_000, 500_000);
        assertThat(Decide.choice(many, "realtime-delivery"))
                .isEqualTo("WebSocket gateway tier: 50,000 connections on 5 instances (10,000 each); Redis pub/sub"
                        + " fan-out across instances, presence in Redis with a TTL heartbeat, APNs/FCM push for"
                        + " offline clients");
        assertThat(Decide.architecture(many).stores()).contains(dev.archforge.design.plan.Store.REDIS);
    }

    @Test
    void searchFollowsTheStoreTheDataStoresDecisionChose() {
        Requirements r = plusFeatures(fitness(), Feature.SEARCH);
        assertThat(Decide.choice(r, "search"))
                .isEqualTo("PostgreSQL full-text search (tsvector with GIN indexes, pg_trgm for typos)");
        assertThat(Decide.choice(Shapes.marketplace(), "search")).startsWith("OpenSearch as a derived index");
    }

    @Test
    void uploadsGoToObjectStorageWithPresignedUrls() {
        Requirements r = plusFeatures(fitness(), Feature.UPLOADS);
        assertThat(Decide.choice(r, "file-storage"))
                .endsWith("with presigned upload URLs (multipart for large files); downloads through short-lived"
                        + " signed URLs");
        assertThat(Decide.choice(plusFeatures(fitness(), Feature.MEDIA), "file-storage"))
                .contains("CDN delivery with short-lived signed URLs");
    }

    @Test
    void analyticsMovesToAColumnarStorePastTenMillionWritesADay() {
        Requirements small = plusFeatures(fitness(), Feature.ANALYTICS);
        assertThat(Decide.choice(small, "analytics-pipeline")).startsWith("Rollup tables and materialized views");
        Requirements big = actions(users(small, 20_000_000, 5_000_000), 100, 3, 50);
        assertThat(Decide.choice(big, "analytics-pipeline")).startsWith("Columnar analytics store (ClickHouse");
    }

    @Test
    void timeSeriesGetsRollupsAndTieredRetentionOnTimescale() {
        assertThat(Decide.choice(Shapes.telemetry(), "time-series"))
                .startsWith("TimescaleDB hypertables for ")
                .contains("continuous aggregates (hourly and daily rollups)")
                .contains("tiered retention, downsampling");
    }
}
