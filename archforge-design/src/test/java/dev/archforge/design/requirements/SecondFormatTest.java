package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys added for workload modelling, briefs and quality demands, read and checked. */
class SecondFormatTest {
    private static final String FLEET = """
            system: {name: rides, purpose: Riders book trips., audience: partner}
            features: [location, ledger]
            actors:
              driver: {description: Drivers on shift., count: 20000, external: true}
              rider: Riders.
            entities:
              LocationPing:
                append-only: true
                retention-months: 1
                natural-key: [driver, recorded_at]
                fields: {recorded_at: timestamp required}
                relations: [belongs-to Driver]
              Driver:
                fields: {name: string(80) required}
              Posting:
                append-only: true
                retention-months: forever
                fields: {amount: money required}
            access-patterns:
              - {name: report-location, actor: driver, create: LocationPing, frequency: 1 per 4 seconds per actor, payload-bytes: 200}
              - {name: list-postings, actor: rider, list: Posting, frequency: 20000 per day}
              - {name: ping-hourly, actor: driver, create: LocationPing, frequency: 3 per actor per hour, shape: diurnal}
            scale: {concurrent-connections: 50000, requests-per-day: 20000000, tenants: 12}
            constraints: {qualities: [no-data-loss, no-duplicates], deadline-weeks: 6}
            brief:
              text: About 20,000 drivers send their location every 4 seconds.
              facts:
                - {key: actors.driver.count, value: 20000, source: "About 20,000 drivers"}
              risks: [Location pings dominate the write load.]
            """;

    @Test
    void perActorFrequenciesMultiplyByTheActorsCountAndMachinesAreSteady() {
        Requirements r = Load.yaml(FLEET);

        AccessPattern report = r.accessPatterns().get(0);
        assertThat(report.perActorPerSecond()).isEqualTo(0.25);
        assertThat(report.perSecond()).isEqualTo(5_000);
        assertThat(report.shape()).isEqualTo(Shape.STEADY);
        assertThat(report.payloadBytes()).hasValue(200);
        AccessPattern postings = r.accessPatterns().get(1);
        assertThat(postings.perSecond()).isEqualTo(20_000.0 / 86_400);
        assertThat(postings.shape()).isEqualTo(Shape.DIURNAL);
        assertThat(r.accessPatterns().get(2).shape()).isEqualTo(Shape.DIURNAL);
    }

    @Test
    void entitiesSayWhatNeverChangesHowLongItIsKeptAndWhatIdentifiesIt() {
        Requirements r = Load.yaml(FLEET);

        Entity ping = r.entity("LocationPing").orElseThrow();
        assertThat(ping.appendOnly()).isTrue();
        assertThat(ping.retention()).contains(new Retention(1));
        assertThat(ping.naturalKey()).containsExactly("driver", "recorded_at");
        assertThat(r.entity("Posting").orElseThrow().retention()).contains(Retention.FOREVER);
        assertThat(r.entity("Driver").orElseThrow().retention()).isEmpty();
    }

    @Test
    void scaleConstraintsAudienceAndBriefAreRead() {
        Requirements r = Load.yaml(FLEET);

        assertThat(r.system().audience()).isEqualTo("partner");
        assertThat(r.actor("driver").orElseThrow().count()).hasValue(20_000);
        assertThat(r.scale().concurrentConnections()).hasValue(50_000);
        assertThat(r.scale().requestsPerDay()).hasValue(20_000_000);
        assertThat(r.scale().tenants()).hasValue(12);
        assertThat(r.constraints().qualities()).containsExactly("no-data-loss", "no-duplicates");
        assertThat(r.constraints().deadlineWeeks()).hasValue(6);
        assertThat(r.brief().facts())
                .containsExactly(new Brief.Fact("actors.driver.count", "20000", "About 20,000 drivers"));
        assertThat(r.brief().risks()).containsExactly("Location pings dominate the write load.");
        assertThat(r.assumptions()).doesNotContain("system.audience");
    }

    @Test
    void aPerActorFrequencyNeedsTheActorsCount() {
        assertThat(Load.problems(Load.MINIMAL + """
                        access-patterns: [{name: a, actor: user, create: User, frequency: 1 per 10 seconds per actor}]
                        """))
                .isEqualTo("archforge.yaml:6:67: access pattern 'a' gives a frequency per actor, but actor 'user'"
                        + " has no 'count', expected how many of them there are");
    }

    @Test
    void wrongNewKeysAreLocatedAndExplained() {
        String yaml = """
                system: {name: shop, purpose: Sells things., audience: everyone}
                entities:
                  User:
                    account: true
                    append-only: true
                    states: [active, closed]
                    retention-months: always
                    natural-key: [emial]
                    fields: {email: email required unique}
                constraints: {qualities: [fast]}
                """;

        assertThat(Load.problems(yaml).lines().toList())
                .isEqualTo(List.of(
                        "archforge.yaml:1:56: unknown audience 'everyone' in system, expected one of public, partner,"
                                + " internal",
                        "archforge.yaml:5:18: entity 'User' is append-only but has states, expected records that never"
                                + " change once written",
                        "archforge.yaml:7:23: expected a whole number of months (1 to 1200) or 'forever' for"
                                + " 'retention-months' of entity 'User', found text 'always'",
                        "archforge.yaml:8:19: natural-key names 'emial', which is not a field or relation of entity"
                                + " 'User' (did you mean 'email'?)",
                        "archforge.yaml:10:27: unknown quality 'fast' in constraints, expected one of no-data-loss,"
                                + " no-duplicates, strong-consistency, low-latency, offline"));
    }
}
