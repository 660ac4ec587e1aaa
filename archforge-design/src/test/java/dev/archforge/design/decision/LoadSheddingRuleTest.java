package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.actions;
import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.PeakControl;
import dev.archforge.design.testing.Variants;
import dev.archforge.design.testing.Workloads;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadSheddingRuleTest {
    private static final String SHED = "load shedding by priority with 503 + Retry-After";

    @Test
    void aBusyHourIsNoFlashCrowd() {
        assertThat(Decide.design(fitness()).decisions())
                .extracting(Decision::id)
                .doesNotContain("load-shedding");
        assertThat(Decide.design(actions(fitness(), 35, 9, 80)).decisions())
                .extracting(Decision::id)
                .doesNotContain("load-shedding");
    }

    @Test
    void aTenfoldPeakIsPreScaledAndShedByPriority() {
        Decision d = Decide.decision(actions(fitness(), 35, 10, 80), "load-shedding");
        assertThat(d.choice()).isEqualTo("Pre-scaling to 3 instances 15 min before announced events; " + SHED);
        assertThat(d.rationale())
                .contains("The peak is 10× the average (243 vs 24.3 req/s), at or above the 10×")
                .contains("from the minimum of 2 (240 req/s at 120 req/s each) to the 3 instances the 243 req/s"
                        + " peak needs takes 1 doubling × (60 s to notice + 90 s to start) = 150 s, during which about"
                        + " 3 req/s more than the running instances carry would queue.");
        assertThat(d.revisitWhen())
                .isEqualTo("When the peak passes 20× the average (today 10×) or limited stock sells at a set time,"
                        + " add a virtual waiting room.");
    }

    @Test
    void aTwentyfoldPeakGetsAWaitingRoom() {
        Decision d = Decide.decision(actions(fitness(), 35, 20, 80), "load-shedding");
        assertThat(d.choice())
                .isEqualTo("Virtual waiting room with admission tokens for flash peaks (admitting 600 req/s);"
                        + " pre-scaling to 5 instances 15 min before announced events; " + SHED);
        assertThat(d.rationale()).contains("= 300 s, during which about 246 req/s more");
        assertThat(d.revisitWhen())
                .isEqualTo("When the peak passes ~1,200 req/s, what the ceiling carries (10 × 120; today 486 req/s),"
                        + " raise the ceiling and the pre-scaled fleet with it.");
        assertThat(Decide.architecture(actions(fitness(), 35, 20, 80)).peakControl())
                .contains(new PeakControl(
                        true,
                        600,
                        5,
                        List.of("list-my-workouts", "list-workout-sets", "view-progress", "browse-plans")));
    }

    @Test
    void limitedStockAgainstAStatedPeakGetsAWaitingRoom() {
        assertThat(Decide.choice(Variants.peakRps(Workloads.shop("0.5 per user per day"), 500), "load-shedding"))
                .isEqualTo("Virtual waiting room with admission tokens for flash peaks (admitting 600 req/s);"
                        + " pre-scaling to 5 instances 15 min before announced events; " + SHED);
    }
}
