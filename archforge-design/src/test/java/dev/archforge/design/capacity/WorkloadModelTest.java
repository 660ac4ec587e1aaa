package dev.archforge.design.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.Designer;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.RequirementsLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Streams and human traffic are different shapes: a write stream adds no reads, a steady one no peak. */
class WorkloadModelTest {
    private static final String FLEET = """
            system: {name: rides, purpose: Riders book trips.}
            actors:
              driver: {description: Drivers' phones on shift., count: 20000, external: true}
              rider: Riders.
            entities:
              Trip:
                fields: {fare: money required}
              LocationPing:
                append-only: true
                fields: {recorded_at: timestamp required}
            access-patterns:
              - {name: report-location, actor: driver, create: LocationPing, frequency: 1 per 4 seconds per actor}
              - {name: list-trips, actor: rider, list: Trip, frequency: 4 per user per day}
            scale: {registered-users: 1000000, daily-active-users: 86400, actions-per-user-per-day: 10, \
            peak-factor: 5, read-percent: 90}
            """;

    private static Requirements load(String yaml) {
        return new RequirementsLoader().parse("archforge.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSteadyWriteStreamAddsItsRateToWritesOnlyAndPeaksAtItsAverage() {
        Load load = Load.of(load(FLEET));

        assertThat(load.userRps()).isEqualTo(10);
        assertThat(load.absoluteRps()).isEqualTo(5_000);
        assertThat(load.userPeakRps()).isEqualTo(50);
        assertThat(load.peakRps()).isEqualTo(5_050);
        assertThat(load.peakReadRps()).isEqualTo(45);
        assertThat(load.peakWriteRps()).isEqualTo(5_005);
        assertThat(load.pattern("report-location").orElseThrow().peakRps()).isEqualTo(5_000);
        assertThat(load.pattern("list-trips").orElseThrow().peakRps()).isEqualTo(20);
    }

    @Test
    void requestsPerDayReplaceUsersTimesActions() {
        Load load = Load.of(load(FLEET.replace("peak-factor: 5,", "peak-factor: 5, requests-per-day: 1728000,")));

        assertThat(load.userRps()).isEqualTo(20);
        assertThat(load.pattern("list-trips").orElseThrow().averageRps()).isEqualTo(8);
    }

    @Test
    void aStatedPeakWithoutUsersGivesTheAverageThroughAnAssumedFactor() {
        Load load = Load.of(load("""
                system: {name: ledger, purpose: Moves money.}
                entities:
                  Transfer:
                    fields: {amount: money required}
                scale: {peak-rps: 2000}
                """));

        assertThat(load.averageFromPeak()).isTrue();
        assertThat(load.peakRps()).isEqualTo(2_000);
        assertThat(load.userRps()).isEqualTo(666.7);
        assertThat(load.peakFactor()).isEqualTo(3);
    }

    @Test
    void aPeakBeyondWhatStreamsAndUsersExplainIsWarnedAboutAndStillSizedFor() {
        Requirements r = load(FLEET.replace("peak-factor: 5,", "peak-rps: 9000,"));
        Load load = Load.of(r);

        assertThat(load.peakRps()).isEqualTo(9_000);
        assertThat(load.userPeakRps()).isEqualTo(200);
        assertThat(load.unexplainedPeakRps()).isEqualTo(3_800);
        assertThat(new Designer().design(r).warnings())
                .extracting(Warning::id)
                .contains("peak-factor-implausible", "peak-unexplained");
    }

    @Test
    void aPersonCannotSendThousandsOfRequestsASecond() {
        Requirements r = load(FLEET.replace("external: true", "external: false")
                .replace("daily-active-users: 86400", "daily-active-users: 8640"));

        assertThat(new Designer().design(r).warnings())
                .extracting(Warning::message)
                .anySatisfy(m -> assertThat(m)
                        .startsWith(
                                "access pattern 'report-location' runs at 5,000 req/s, which is 50,000 a day for each"
                                        + " of 8,640 daily active users"));
    }
}
