package dev.archforge.design.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Question;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.RequirementsLoader;
import dev.archforge.design.requirements.Retention;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Briefs of domains the knowledge base does not know: actors and entities come from the brief's own
 * nouns and verbs, its numbers land on them, and the draft loads.
 */
class UnknownDomainTest {
    @Test
    void draftsTheRideHailingBriefFromItsOwnWords() {
        Draft draft = new BriefDrafter().draft(Briefs.RIDE_HAILING);
        Requirements r = load(draft);

        assertThat(r.actors()).extracting(Actor::name).contains("driver", "rider");
        assertThat(r.actor("driver").orElseThrow().count()).hasValue(20_000);
        assertThat(r.entities()).extracting(Entity::name).contains("Trip", "Payment", "DriverLocation");
        assertThat(r.entity("Trip").orElseThrow().retention()).contains(new Retention(84));
        assertThat(r.entity("DriverLocation").orElseThrow().appendOnly()).isTrue();
        AccessPattern ping = pattern(r, "send-gps-location");
        assertThat(ping.actor()).isEqualTo("driver");
        assertThat(ping.perActorPerSecond()).isEqualTo(0.25);
        assertThat(ping.perSecond()).isEqualTo(5_000);
        AccessPattern trips = pattern(r, "request-trips");
        assertThat(trips.actor()).isEqualTo("rider");
        assertThat(trips.operation()).isEqualTo(AccessPattern.Operation.CREATE);
        assertThat(trips.perSecond()).isEqualTo(150_000.0 / 86_400);
        AccessPattern nearby = pattern(r, "see-nearby-drivers");
        assertThat(nearby.operation()).isEqualTo(AccessPattern.Operation.SEARCH);
        assertThat(nearby.entity()).isEqualTo("DriverLocation");
        assertThat(r.features()).contains(Feature.LOCATION, Feature.PAYMENTS);
        assertThat(r.scale().peakFactor()).isEqualTo(5);
        assertThat(r.team().size()).isEqualTo(6);
        assertThat(r.constraints().budgetPerMonth()).hasValue(8000);
        assertThat(r.constraints().compliance()).containsExactly("gdpr", "pci");
        assertThat(r.assumptions())
                .doesNotContain(
                        "scale.peak-factor", "team.size", "constraints.budget-per-month", "constraints.compliance");
        assertThat(draft.facts())
                .filteredOn(f -> f.key().equals(Fact.NO_KEY))
                .extracting(Fact::source)
                .containsExactly("city of 3 million people");
        assertThat(r.brief().facts()).hasSameSizeAs(draft.facts());
    }

    @Test
    void aBriefWithoutRecordsAsksForThemInsteadOfInventingOne() {
        Draft draft = new BriefDrafter().draft("A tool for gardeners.");
        Requirements r = load(draft);

        assertThat(r.entities()).extracting(Entity::name).containsExactly("User");
        assertThat(draft.yaml()).doesNotContain("Item");
        assertThat(draft.risks()).contains(BriefDomain.NO_ENTITIES);
        assertThat(draft.questions()).extracting(Question::key).startsWith("entities");
    }

    @Test
    void aStatedFactIsNeverReplacedByADefaultOrAProfile() {
        Draft draft = new BriefDrafter()
                .draft("Telemetry from 5,000 IoT sensors. Data kept for 2 years. I'm a solo developer, there is"
                        + " no budget, and we store patient data.");
        Requirements r = load(draft);

        assertThat(r.scale().retentionMonths()).isEqualTo(24);
        assertThat(r.team().size()).isEqualTo(1);
        assertThat(r.constraints().budgetPerMonth()).hasValue(0);
        assertThat(r.constraints().compliance()).containsExactly("hipaa");
        assertThat(r.assumptions())
                .doesNotContain(
                        "scale.retention-months",
                        "team.size",
                        "constraints.budget-per-month",
                        "constraints.compliance");
        assertThat(draft.facts())
                .filteredOn(f -> f.key().equals("constraints.budget-per-month"))
                .singleElement()
                .satisfies(f -> assertThat(f.warning()).isPresent());
    }

    @Test
    void anAnswerStillReplacesAStatedFactButADomainProfileDoesNot() {
        Draft stated = new BriefDrafter().draft("A flash sale marketplace with a team of 2 and a budget of $300/mo.");
        Draft answered = new BriefDrafter()
                .draft("A flash sale marketplace with a team of 2 and a budget of $300/mo.", Map.of("team.size", "5"));

        assertThat(load(stated).team().size()).isEqualTo(2);
        assertThat(load(stated).constraints().budgetPerMonth()).hasValue(300);
        assertThat(load(answered).team().size()).isEqualTo(5);
    }

    private static AccessPattern pattern(Requirements r, String name) {
        List<AccessPattern> found =
                r.accessPatterns().stream().filter(p -> p.name().equals(name)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Requirements load(Draft draft) {
        return new RequirementsLoader().parse("archforge.yaml", draft.yaml().getBytes(StandardCharsets.UTF_8));
    }
}
