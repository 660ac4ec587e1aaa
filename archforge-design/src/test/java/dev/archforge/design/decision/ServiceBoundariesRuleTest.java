package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.features;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceBoundariesRuleTest {
    @Test
    void fitnessSplitsAlongAggregatesAndFeatures() {
        Decision d = Decide.decision(fitness(), "service-boundaries");
        assertThat(d.choice())
                .isEqualTo("5 components: accounts (User); plans (Plan); workouts (Workout, ExerciseSet);"
                        + " notifications; analytics (ProgressSnapshot)");
        assertThat(d.drivers()).containsExactly("entities = 5", "features = [analytics, auth, notifications]");
        List<Component> components = Decide.architecture(fitness()).components();
        assertThat(components)
                .extracting(Component::name)
                .containsExactly("accounts", "plans", "workouts", "notifications", "analytics");
        assertThat(components.get(2).entities()).containsExactly("Workout", "ExerciseSet");
    }

    @Test
    void withoutTheAnalyticsFeatureTheReadModelIsItsOwnAggregate() {
        List<Component> components =
                Decide.architecture(features(fitness(), Feature.AUTH)).components();
        assertThat(components)
                .extracting(Component::name)
                .containsExactly("accounts", "plans", "workouts", "progress-snapshots");
    }

    @Test
    void tenantsAndMembershipsJoinAccountsAndPaymentsGetTheirOwnComponent() {
        List<Component> components = Decide.architecture(Shapes.saas()).components();
        assertThat(components)
                .extracting(Component::name)
                .containsExactly("accounts", "projects", "payments", "notifications");
        assertThat(components.get(0).entities()).containsExactly("User", "Organization", "Membership");
        assertThat(components.get(2).entities()).containsExactly("Invoice");
    }

    @Test
    void separatelyDeployedComponentsNameTheBusiest() {
        Decision d = Decide.decision(team(fitness(), 16, 4), "service-boundaries");
        assertThat(d.rationale())
                .contains("Each component deploys as its own service (microservices); the busiest,"
                        + " workouts (84 % of traffic), analytics (9 % of traffic) and plans (6 % of traffic), scale on"
                        + " their own.");
    }
}
