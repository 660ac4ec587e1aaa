package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.compliance;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.hosting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import org.junit.jupiter.api.Test;

class SecurityControlsRuleTest {
    @Test
    void owaspSecretsEncryptionAndGdpr() {
        Decision d = Decide.decision(fitness(), "security-controls");
        assertThat(d.choice())
                .isEqualTo("OWASP API Top 10 controls; secrets in AWS Secrets Manager; TLS 1.2+ to clients and the"
                        + " database; encryption at rest with managed keys; field-level encryption or hashing for 2"
                        + " sensitive fields; GDPR controls");
        assertThat(d.drivers()).containsExactly("constraints.compliance = [gdpr]", "entities = 2 sensitive fields");
        assertThat(d.rationale())
                .contains("Sensitive fields (User.password_hash and User.birth_date) are never returned by the API")
                .contains("GDPR: personal data stays in the eu region");
    }

    @Test
    void onPremisesSecretsLiveInVaultAndPciTokenizesCards() {
        Decision d = Decide.decision(compliance(hosting(fitness(), "on-premises", "any"), "pci"), "security-controls");
        assertThat(d.choice()).contains("secrets in HashiCorp Vault").endsWith("; PCI controls");
        assertThat(d.rationale()).contains("PCI DSS: card data never touches these servers");
    }
}
