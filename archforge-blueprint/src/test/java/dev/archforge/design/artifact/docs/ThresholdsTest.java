package dev.archforge.design.artifact.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ThresholdsTest {
    @Test
    void readsTheNumericThresholdsAndWhenGrowthReachesThem() {
        List<Threshold> found = Thresholds.of(SectionDesigns.withThresholds());
        assertThat(found)
                .extracting(t -> t.decision().id() + ": " + t.metric() + " " + t.limit() + " from " + t.today())
                .containsExactly(
                        "caching: peak reads 500.0 from 77.8",
                        "messaging: peak events 200.0 from 2.0",
                        "availability-scaling: busiest deployable's peak 194.4 from 97.2",
                        "performance: connections at the ceiling 20.0 from 30.0");
        assertThat(found)
                .extracting(t -> t.whenText(5))
                .containsExactly(
                        "at 5 % a month, ~39 months",
                        "at 5 % a month, ~95 months", "at 5 % a month, ~15 months", "already past");
        assertThat(found.get(0).months().getAsDouble()).isCloseTo(Math.log(500 / 77.8) / Math.log(1.05), within(1e-9));
        assertThat(found.get(3).passed()).isTrue();
        assertThat(found.get(2).within(Thresholds.HORIZON_MONTHS)).isFalse();
    }

    @Test
    void rowsAccumulateAndRatesCompound() {
        assertThat(Threshold.monthsForRows(1e6, 1e8, 0.05).getAsDouble())
                .isCloseTo(Math.log(6) / Math.log(1.05), within(1e-9));
        assertThat(Threshold.monthsForRows(1e6, 1e8, 0).getAsDouble()).isEqualTo(100);
        assertThat(Threshold.monthsForRows(0, 1e8, 0.05)).isEmpty();
        assertThat(Threshold.monthsForRate(10, 20, 0)).isEmpty();
        assertThat(Threshold.monthsForRate(30, 20, 0)).hasValue(0);
        assertThat(Thresholds.number("1", "billion")).isEqualTo(1e9);
        assertThat(Thresholds.number("100,000,000", null)).isEqualTo(1e8);
        assertThat(Thresholds.number("194.4", null)).isEqualTo(194.4);
    }

    @Test
    void growthThatNeverReachesItSaysSo() {
        Threshold t = new Threshold(
                SectionDesigns.withThresholds().decisions().get(1),
                "peak reads",
                "req/s",
                500,
                77.8,
                false,
                0,
                Threshold.monthsForRate(77.8, 500, 0));
        assertThat(t.whenText(0)).isEqualTo("not reached at 0 % growth");
        assertThat(t.todayText()).isEqualTo("today 77.8 req/s");
        Threshold rows = new Threshold(
                SectionDesigns.withThresholds().decisions().get(1),
                "rows in bookings",
                "rows",
                1e8,
                50,
                true,
                36,
                OptionalDouble.empty());
        assertThat(rows.whenText(0)).isEqualTo("not within the 36-month retention");
        assertThat(rows.todayText()).isEqualTo("50 rows a month");
    }
}
