package dev.archforge.design;

import static dev.archforge.design.testing.Variants.assumptions;
import static dev.archforge.design.testing.Variants.availability;
import static dev.archforge.design.testing.Variants.budget;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.purpose;
import static dev.archforge.design.testing.Variants.recovery;
import static dev.archforge.design.testing.Variants.regions;
import static dev.archforge.design.testing.Variants.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Question;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import dev.archforge.design.testing.Synthetic;
import dev.archforge.model.Location;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesignerTest {
    private static final Location FILE = Location.ofFile("fitness.yaml");

    private static List<Warning> warnings(Requirements r) {
        return new Designer().design(r).warnings();
    }

    @Test
    void theSameRequirementsGiveTheSameDesign() {
        for (Requirements r : List.of(fitness(), Shapes.marketplace(), Shapes.saas(), Synthetic.of(50))) {
            Design first = new Designer().design(r);
            Design second = new Designer().design(r);
            assertThat(second).isEqualTo(first);
            assertThat(second.toString()).isEqualTo(first.toString());
        }
    }

    @Test
    void fitnessHasNoWarningsAndNoQuestions() {
        Design d = new Designer().design(fitness());
        assertThat(d.warnings()).isEmpty();
        assertThat(d.questions()).isEmpty();
    }

    @Test
    void fourNinesInOneRegionOnASmallBudget() {
        Requirements r = budget(availability(fitness(), 99.99), 400);
        assertThat(warnings(r))
                .containsExactly(
                        new Warning(
                                "availability-over-budget",
                                FILE,
                                "constraints.availability 99.99 % needs 3"
                                        + " instances across 3 zones and a standby database; the design costs about $639"
                                        + " a month (cost.md), but constraints.budget-per-month is $400"),
                        new Warning(
                                "availability-single-region",
                                FILE,
                                "constraints.availability 99.99 % needs a"
                                        + " second region, but constraints.regions allows only eu-central-1"));
    }

    @Test
    void warningsAreLocatedAtTheKeyThatCausesThem() {
        Location at = Location.at("fitness.yaml", 127, 3);
        Design d = new Designer()
                .design(
                        budget(fitness(), 0),
                        key -> key.equals("constraints.budget-per-month") ? Optional.of(at) : Optional.empty());
        assertThat(d.warnings())
                .containsExactly(new Warning(
                        "budget-zero",
                        at,
                        "constraints.budget-per-month is 0, but the design"
                                + " runs on managed cloud services costing about $559 a month (cost.md)"));
    }

    @Test
    void contradictionsInTeamRecoveryAndResidency() {
        assertThat(warnings(purpose(team(fitness(), 3, 1), "Microservices for a small fitness app.")))
                .extracting(Warning::id)
                .containsExactly("microservices-small-team");
        assertThat(warnings(team(fitness(), 3, 4)))
                .extracting(Warning::message)
                .containsExactly(
                        "At the autoscaling ceiling the instances open 100 connections but the database allows 90:"
                                + " the design puts PgBouncer in front of PostgreSQL",
                        "team.teams 4 is more than team.size 3: a team needs at least one person");
        assertThat(warnings(team(fitness(), 6, 4)))
                .extracting(Warning::id)
                .containsExactly("connections-exceed-budget", "microservices-thin-teams");
        assertThat(warnings(recovery(availability(fitness(), 99.5), 0, 60)))
                .extracting(Warning::id)
                .containsExactly("rpo-zero-without-standby");
        assertThat(warnings(regions(fitness(), "eu", "eu-central-1", "us-east-1")))
                .extracting(Warning::message)
                .containsExactly("constraints.regions lists us-east-1, outside the eu data residency");
        // The flash-sale shape states a peak of 5,000 req/s over 46.3 req/s of average traffic: a planned
        // event can do that, and the design says so rather than silently accepting a factor of 108.
        assertThat(warnings(Shapes.marketplace()))
                .extracting(Warning::message)
                .containsExactly(
                        "At the autoscaling ceiling the instances open 420 connections but the database allows"
                                + " 180: the design puts PgBouncer in front of PostgreSQL",
                        "scale.peak-rps 5,000 req/s over 46.3 req/s of average user traffic implies a peak factor of"
                                + " 107.99, above the 20 that human traffic reaches outside a planned event: check"
                                + " daily-active-users, actions-per-user-per-day and peak-rps");
    }

    @Test
    void questionsForAssumedKeysListTheDecisionsTheyChange() {
        Design d = new Designer().design(assumptions(fitness(), "scale.peak-factor", "scale.payload-kb", "team.size"));
        assertThat(d.questions())
                .containsExactly(
                        new Question(
                                "scale.peak-factor",
                                "How much busier is the busiest hour than the average?",
                                "4",
                                List.of(
                                        "architecture-style",
                                        "tenancy",
                                        "data-stores",
                                        "caching",
                                        "http-caching",
                                        "messaging",
                                        "consistency",
                                        "ledger",
                                        "inventory",
                                        "workflows",
                                        "api-consumers",
                                        "availability-scaling",
                                        "load-shedding",
                                        "model-serving",
                                        "observability",
                                        "performance")),
                        new Question(
                                "team.size",
                                "How many engineers build and run it?",
                                "5",
                                List.of("architecture-style", "deployment-platform", "ci-cd", "service-identity")));
    }

    @Test
    void aTwoHundredEntitySystemIsDesignedQuickly() {
        Requirements big = Synthetic.of(200);
        new Designer().design(big);
        long start = System.nanoTime();
        Design d = new Designer().design(big);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(d.decisions()).extracting(Decision::id).contains("regions", "service-identity");
        assertThat(d.architecture().indexes()).hasSizeGreaterThan(200);
        assertThat(millis).as("milliseconds for 200 entities").isLessThan(500);
    }
}
