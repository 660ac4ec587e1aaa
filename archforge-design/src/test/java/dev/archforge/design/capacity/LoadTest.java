package dev.archforge.design.capacity;

import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.peakRps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.testing.Shapes;
import org.junit.jupiter.api.Test;

class LoadTest {
    @Test
    void fitnessLoadFromDailyActivesAndThePeakFactor() {
        Load load = Load.of(fitness());
        assertThat(load.averageRps()).isEqualTo(24.3);
        assertThat(load.peakRps()).isEqualTo(97.2);
        assertThat(load.peakFactor()).isEqualTo(4);
        assertThat(load.peakGiven()).isFalse();
        assertThat(load.peakReadRps()).isEqualTo(77.8);
        assertThat(load.peakWriteRps()).isEqualTo(19.4);
        assertThat(load.pattern("log-set").orElseThrow().averageRps()).isEqualTo(8.3);
        assertThat(load.pattern("log-set").orElseThrow().peakRps()).isEqualTo(33.2);
        assertThat(load.peakRpsOn("Workout")).isEqualTo(19.6);
        assertThat(load.peakWriteRpsOn("Workout")).isEqualTo(2.8);
    }

    @Test
    void aStatedPeakSetsTheFactorForEveryPattern() {
        Load load = Load.of(peakRps(fitness(), 486));
        assertThat(load.peakRps()).isEqualTo(486);
        assertThat(load.peakFactor()).isEqualTo(20);
        assertThat(load.pattern("log-set").orElseThrow().peakRps()).isEqualTo(166);
    }

    @Test
    void perSecondPatternsAddToTheUsersTraffic() {
        Load load = Load.of(Shapes.telemetry());
        assertThat(load.absoluteRps()).isEqualTo(2000);
        assertThat(load.userRps()).isEqualTo(0.0174);
        assertThat(load.averageRps()).isEqualTo(2000.0);
        assertThat(load.peakRps()).isEqualTo(3000);
        assertThat(load.pattern("ingest-reading").orElseThrow().peakRps()).isEqualTo(3000);
    }
}
