package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.actions;
import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.RateLimit;
import dev.archforge.design.testing.Shapes;
import org.junit.jupiter.api.Test;

class RateLimitingRuleTest {
    @Test
    void oneDeployableLimitsInTheApplication() {
        Decision d = Decide.decision(fitness(), "rate-limiting");
        assertThat(d.choice())
                .isEqualTo("120 requests per minute per user (burst 40), 20 per minute per IP without a token;"
                        + " enforced by the load balancer and a token-bucket filter in the application (buckets per"
                        + " instance)");
        assertThat(d.drivers()).containsExactly("scale.actions-per-user-per-day = 35", "actors = 3");
        assertThat(Decide.architecture(fitness()).rateLimit()).isEqualTo(new RateLimit(120, 40, 20));
    }

    @Test
    void busierUsersGetHigherLimits() {
        assertThat(Decide.architecture(actions(fitness(), 50, 4, 80)).rateLimit())
                .isEqualTo(new RateLimit(120, 40, 20));
        assertThat(Decide.architecture(actions(fitness(), 51, 4, 80)).rateLimit())
                .isEqualTo(new RateLimit(300, 100, 20));
        assertThat(Decide.architecture(actions(fitness(), 501, 4, 80)).rateLimit())
                .isEqualTo(new RateLimit(600, 200, 20));
    }

    @Test
    void servicesAndMachineClientsGetAGateway() {
        assertThat(Decide.choice(Shapes.saas(), "rate-limiting"))
                .endsWith("enforced by an API gateway in front of all" + " services");
        assertThat(Decide.choice(Shapes.marketplace(), "rate-limiting")).endsWith("with counters in Redis");
    }
}
