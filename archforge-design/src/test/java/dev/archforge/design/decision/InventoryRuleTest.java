package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Inventory;
import dev.archforge.design.plan.Inventory.Counter;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.testing.Variants;
import dev.archforge.design.testing.Workloads;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InventoryRuleTest {
    private static final String DECREMENT =
            "Atomic conditional decrement (UPDATE … SET stock = stock - n WHERE id = ? AND stock >= n)";
    private static final String HOLD = "reservations held 15 min (expires_at) until payment confirms or they expire";

    @Test
    void nothingLimitedIsSoldInTheFitnessApp() {
        assertThat(Decide.design(fitness()).decisions())
                .extracting(Decision::id)
                .doesNotContain("inventory");
        assertThat(Decide.architecture(fitness()).inventory()).isEmpty();
    }

    @Test
    void stockTakenByOrderItemsIsDecrementedConditionallyAndHeldWhilePaying() {
        Decision d = Decide.decision(Workloads.shop("0.5 per user per day"), "inventory");
        assertThat(d.choice()).isEqualTo(DECREMENT + "; " + HOLD + "; never oversell");
        assertThat(d.rationale())
                .contains("At peak 1.7 creates/s compete for the counters (place-order (1.7 req/s)); in a timed sale"
                        + " they can all target one row, which takes about 100 conditional updates/s under its lock:"
                        + " within that, so the single row carries it.");
        assertThat(d.revisitWhen())
                .isEqualTo("When contended creates pass ~100/s at peak (today 1.7/s), split hot counters over rows.");
        assertThat(Decide.architecture(Workloads.shop("0.5 per user per day")).inventory())
                .contains(new Inventory(List.of(new Counter("Product", "stock")), OptionalInt.of(15), 1, false));
    }

    @Test
    void withoutPaymentsStockIsTakenInTheOrdersOwnTransaction() {
        assertThat(Decide.choice(Variants.features(Workloads.shop("0.5 per user per day"), Feature.AUTH), "inventory"))
                .isEqualTo(DECREMENT + "; never oversell");
    }

    @Test
    void aHotRowIsSplitAboveOneHundredContendedWritesAndMovesToRedisAboveAThousand() {
        // 28 orders per user per day peak at 97.2/s, 30 at 104.1/s, 300 at 1,041.6/s.
        assertThat(Decide.choice(Workloads.shop("28 per user per day"), "inventory"))
                .isEqualTo(DECREMENT + "; " + HOLD + "; never oversell");
        assertThat(Decide.choice(Workloads.shop("30 per user per day"), "inventory"))
                .isEqualTo(
                        DECREMENT + "; hot counters split into 2 rows (split counters); " + HOLD + "; never oversell");
        assertThat(Decide.decision(Workloads.shop("30 per user per day"), "inventory")
                        .revisitWhen())
                .isEqualTo("When contended creates pass ~1,000/s at peak (today 104.1/s), move hot counters into"
                        + " Redis.");
        Decision redis = Decide.decision(Workloads.shop("300 per user per day"), "inventory");
        assertThat(redis.choice())
                .isEqualTo("Redis counters in front of PostgreSQL for hot items (DECRBY in a Lua script, never below"
                        + " zero); PostgreSQL atomic conditional decrement (UPDATE … SET stock = stock - n WHERE id = ?"
                        + " AND stock >= n) on confirmation; " + HOLD + "; never oversell");
        assertThat(Decide.architecture(Workloads.shop("300 per user per day")).stores())
                .contains(Store.REDIS);
    }

    @Test
    void theInventoryFeatureAppliesWithoutACounterField() {
        Decision d = Decide.decision(Variants.plusFeatures(fitness(), Feature.INVENTORY), "inventory");
        assertThat(d.choice()).isEqualTo(DECREMENT + "; never oversell");
        assertThat(d.rationale()).contains("No create pattern competing for them is given yet");
    }
}
