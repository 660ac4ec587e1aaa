package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.peakRps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.CacheEntry;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Store;
import dev.archforge.design.testing.Shapes;
import org.junit.jupiter.api.Test;

class CachingRuleTest {
    @Test
    void fitnessReadsTooLittleForACache() {
        Decision d = Decide.decision(fitness(), "caching");
        assertThat(d.choice()).isEqualTo("No cache");
        assertThat(d.rationale()).startsWith("Peak reads are 77.8 req/s, below the 500 req/s");
        assertThat(d.drivers())
                .containsExactly(
                        "scale.daily-active-users = 60,000",
                        "scale.actions-per-user-per-day = 35",
                        "scale.peak-factor = 4",
                        "scale.read-percent = 80");
        assertThat(Decide.architecture(fitness()).cache()).isEmpty();
        assertThat(Decide.architecture(fitness()).uses(Store.REDIS)).isFalse();
    }

    @Test
    void flashSaleProductReadsAreCachedAside() {
        Decision d = Decide.decision(Shapes.marketplace(), "caching");
        assertThat(d.choice()).isEqualTo("Redis cache-aside for view-product (2,494.6 req/s)");
        assertThat(Decide.architecture(Shapes.marketplace()).cache())
                .containsExactly(new CacheEntry(
                        "Product by id",
                        "product:{id}",
                        "cache-aside",
                        300,
                        "on update or delete of the Product",
                        48_000,
                        234));
    }

    @Test
    void hotSharedReadsNeedFiveHundredPeakReadsOverall() {
        // 90 % reads: a 555 req/s peak reads 499.5 req/s, a 556 req/s peak 500.4 req/s.
        assertThat(Decide.choice(peakRps(Shapes.marketplace(), 555), "caching")).isEqualTo("No cache");
        assertThat(Decide.choice(peakRps(Shapes.marketplace(), 556), "caching"))
                .isEqualTo("Redis cache-aside for view-product (277.4 req/s)");
    }

    @Test
    void dataIsCachedOnlyWhereOthersThanItsOwnerReadIt() {
        // Every fitness entity has an owner. Members read only their own workouts, which are never
        // cached; plans are owned by coaches but browsed by every member, so at 10,000 req/s they are
        // shared data worth caching. (Until session 4 an owner alone made data private.)
        assertThat(Decide.choice(peakRps(fitness(), 10_000), "caching"))
                .isEqualTo("Redis cache-aside for browse-plans (576.1 req/s)");
    }

    @Test
    void realtimeAtScaleFansOutThroughRedis() {
        // Conversation history is written by its author and read by every member: shared, and cached.
        assertThat(Decide.choice(Shapes.chat(), "caching"))
                .isEqualTo("Redis cache-aside for conversation-history (277.8 req/s); Redis pub/sub to fan realtime"
                        + " messages out across instances");
        assertThat(Decide.architecture(Shapes.chat()).stores()).containsExactly(Store.POSTGRESQL, Store.REDIS);
    }
}
