package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.ApiConsumers;
import dev.archforge.design.plan.ApiConsumers.Consumer;
import dev.archforge.design.plan.ApiConsumers.Credential;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.testing.Shapes;
import dev.archforge.design.testing.Workloads;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ApiConsumersRuleTest {
    private static final String VERSIONS = "/v1 versioning with Deprecation and Sunset headers, ";

    @Test
    void aConsumerAppWithoutMachineCallersHasNoConsumersDecision() {
        assertThat(Decide.design(fitness()).decisions())
                .extracting(Decision::id)
                .doesNotContain("api-consumers");
        assertThat(Decide.architecture(fitness()).apiConsumers()).isEmpty();
    }

    @Test
    void anIntegrationOfAPublicSystemGetsHashedKeysWebhooksAndAPortal() {
        Decision d = Decide.decision(Shapes.saas(), "api-consumers");
        assertThat(d.choice())
                .isEqualTo("API keys (hashed, prefixed, rotatable) for integration; per-credential quotas; signed"
                        + " webhooks (HMAC) for 1 event; developer portal; " + VERSIONS + "6 months' notice");
        assertThat(d.drivers()).containsExactly("system.audience = public", "actors = 4", "events = 1");
        assertThat(Decide.architecture(Shapes.saas()).apiConsumers())
                .contains(new ApiConsumers(
                        List.of(new Consumer("integration", Credential.API_KEY, 60)), List.of("TaskCompleted"), 6));
    }

    @Test
    void partnersGetOAuthClientCredentialsAndAYearsNotice() {
        assertThat(Decide.choice(Workloads.audience(Shapes.saas(), "partner"), "api-consumers"))
                .isEqualTo("OAuth 2.0 client credentials for integration; per-credential quotas; signed webhooks"
                        + " (HMAC) for 1 event; developer portal; " + VERSIONS + "12 months' notice");
        assertThat(Decide.choice(Workloads.audience(fitness(), "partner"), "api-consumers"))
                .startsWith("OAuth 2.0 client credentials for partner systems; per-credential quotas;");
    }

    @Test
    void aFleetOfAThousandDevicesGetsCertificatesInsteadOfKeys() {
        assertThat(Decide.choice(Workloads.plusMachine(fitness(), "sensor", OptionalLong.of(999)), "api-consumers"))
                .isEqualTo("API keys per device for sensor (999); per-credential quotas; " + VERSIONS
                        + "6 months' notice");
        assertThat(Decide.choice(Workloads.plusMachine(fitness(), "sensor", OptionalLong.of(1_000)), "api-consumers"))
                .isEqualTo("X.509 device certificates for sensor (1,000); per-credential quotas; " + VERSIONS
                        + "6 months' notice");
    }

    @Test
    void aProviderThatOnlyReportsBackSignsItsCallbacks() {
        Decision d = Decide.decision(Workloads.shop("0.5 per user per day"), "api-consumers");
        assertThat(d.choice())
                .isEqualTo("HMAC-verified callbacks from payment-provider; " + VERSIONS + "6 months' notice");
        assertThat(d.alternatives())
                .extracting(a -> a.option())
                .containsExactly("Trusting callbacks by source IP", "Polling the provider for results");
    }
}
