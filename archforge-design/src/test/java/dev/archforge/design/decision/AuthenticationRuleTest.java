package dev.archforge.design.decision;

import static dev.archforge.design.testing.Parts.actor;
import static dev.archforge.design.testing.Variants.actors;
import static dev.archforge.design.testing.Variants.compliance;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.users;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Security;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationRuleTest {
    @Test
    void aConsumerAppGetsOidcWithShortJwts() {
        Decision d = Decide.decision(fitness(), "authentication");
        assertThat(d.choice())
                .isEqualTo("OIDC (authorization code + PKCE) with Amazon Cognito; JWT access tokens of 15 min,"
                        + " rotating refresh tokens of 30 days; MFA for admin");
        assertThat(d.drivers())
                .containsExactly("scale.registered-users = 500,000", "actors = 3", "constraints.compliance = [gdpr]");
        Security s = Decide.architecture(fitness()).security();
        assertThat(s.method()).isEqualTo(AuthMethod.OIDC_JWT);
        assertThat(s.accessTokenMinutes()).isEqualTo(15);
        assertThat(s.refreshTokenDays()).isEqualTo(30);
        assertThat(s.mfaForAdmins()).isTrue();
    }

    @Test
    void aSmallWebToolGetsASessionCookieUpToFiveThousandUsers() {
        assertThat(Decide.architecture(Shapes.internalTool()).security().method())
                .isEqualTo(AuthMethod.SESSION_COOKIE);
        assertThat(Decide.architecture(users(Shapes.internalTool(), 5_000, 40))
                        .security()
                        .method())
                .isEqualTo(AuthMethod.SESSION_COOKIE);
        assertThat(Decide.architecture(users(Shapes.internalTool(), 5_001, 40))
                        .security()
                        .method())
                .isEqualTo(AuthMethod.OIDC_JWT);
    }

    @Test
    void pciShortensTokensAndRequiresMfa() {
        Security s = Decide.architecture(compliance(actors(fitness(), List.of(actor("member", false, false))), "pci"))
                .security();
        assertThat(s.accessTokenMinutes()).isEqualTo(5);
        assertThat(s.refreshTokenDays()).isEqualTo(1);
        assertThat(s.mfaForAdmins()).isTrue();
    }

    @Test
    void onlyMachinesMeansApiKeys() {
        Decision d = Decide.decision(actors(fitness(), List.of(actor("sensor", false, true))), "authentication");
        assertThat(d.choice())
                .isEqualTo("API keys per client, hashed at rest, sent in a header, rotated every 90 days");
        assertThat(Decide.architecture(actors(fitness(), List.of(actor("sensor", false, true))))
                        .security()
                        .method())
                .isEqualTo(AuthMethod.API_KEY);
    }
}
