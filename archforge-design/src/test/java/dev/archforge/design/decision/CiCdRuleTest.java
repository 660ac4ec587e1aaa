package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.availability;
import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.testing.Shapes;
import org.junit.jupiter.api.Test;

class CiCdRuleTest {
    private static final String BASE = "Trunk-based with GitHub Actions: build, tests with Testcontainers PostgreSQL,"
            + " archforge review of openapi.yaml and migrations, image scan; ";

    @Test
    void oneDeployableRollsOut() {
        Decision d = Decide.decision(fitness(), "ci-cd");
        assertThat(d.choice()).isEqualTo(BASE + "Flyway migrations before rolling deploys");
        assertThat(d.drivers()).containsExactly("team.teams = 1", "constraints.availability = 99.9");
    }

    @Test
    void fromNinetyNineNinetyFiveReleasesAreCanaries() {
        assertThat(Decide.choice(availability(fitness(), 99.94), "ci-cd")).endsWith("before rolling deploys");
        assertThat(Decide.choice(availability(fitness(), 99.95), "ci-cd"))
                .isEqualTo(BASE + "Flyway migrations before canary releases (5 % of traffic, automatic rollback on"
                        + " SLO burn)");
    }

    @Test
    void servicesGetAPipelineEachAndRegulatedSystemsAnApproval() {
        assertThat(Decide.choice(Shapes.saas(), "ci-cd"))
                .isEqualTo(BASE + "a pipeline per service; Flyway migrations before canary releases (5 % of traffic,"
                        + " automatic rollback on SLO burn); production approval by a second person");
    }
}
