package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Tenancy;
import dev.archforge.design.plan.Tenancy.Isolation;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import dev.archforge.design.testing.Variants;
import dev.archforge.design.testing.Workloads;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TenancyRuleTest {
    private static final String QUOTA = "per-tenant quota of 1,001 requests per minute";

    private static Requirements hipaa(long tenants) {
        return Workloads.tenants(Variants.compliance(Shapes.saas(), "hipaa"), tenants);
    }

    @Test
    void aSingleTenantSystemHasNoTenancyDecision() {
        assertThat(Decide.design(fitness()).decisions())
                .extracting(Decision::id)
                .doesNotContain("tenancy");
        assertThat(Decide.architecture(fitness()).tenancy()).isEmpty();
    }

    @Test
    void tenantsShareTablesUnderRowLevelSecurityByDefault() {
        Decision d = Decide.decision(Shapes.saas(), "tenancy");
        assertThat(d.choice())
                .isEqualTo("Shared schema with tenant_id on every row and PostgreSQL row-level security; " + QUOTA);
        assertThat(d.rationale())
                .startsWith("scale.tenants is not stated; with about ")
                .contains("one tenant may send 1,001 requests per minute, 10 % of the 166.8 req/s peak, counted per"
                        + " tenant at the edge");
        assertThat(d.revisitWhen())
                .startsWith("When one tenant passes ~100 GB (today ~0 GB) or a contract demands its own database");
        assertThat(Decide.architecture(Shapes.saas()).tenancy())
                .contains(new Tenancy(Isolation.SHARED_SCHEMA, OptionalLong.empty(), 1_001, false));
    }

    @Test
    void aSmallPeakKeepsTheQuotaFloor() {
        Requirements small = Variants.plusFeatures(fitness(), Feature.MULTI_TENANCY);
        assertThat(Decide.decision(small, "tenancy").rationale())
                .contains("one tenant may send 600 requests per minute, the floor of 600, as 10 % of the 97.2 req/s"
                        + " peak would allow only 584,");
    }

    @Test
    void fewRegulatedTenantsGetADatabaseEachThenASchemaEachThenShareTables() {
        assertThat(Decide.choice(hipaa(50), "tenancy"))
                .startsWith("Database per tenant (50 tenants), routed by tenant id; per-tenant quota of ");
        assertThat(Decide.decision(hipaa(50), "tenancy").revisitWhen())
                .isEqualTo("When tenants pass 50 (today 50), move the small ones to schemas in a shared cluster.");
        assertThat(Decide.choice(hipaa(51), "tenancy"))
                .startsWith("Schema per tenant (51 tenants) in one PostgreSQL cluster; per-tenant quota of ");
        assertThat(Decide.choice(hipaa(1_001), "tenancy"))
                .startsWith("Shared schema with tenant_id on every row and PostgreSQL row-level security;");
    }

    @Test
    void tenantsSigningInWithTheirOwnIdentityProviderGetAConnectionEach() {
        Requirements sso = Variants.plusFeatures(Shapes.saas(), Feature.SSO);
        assertThat(Decide.choice(sso, "tenancy"))
                .endsWith(QUOTA + "; per-tenant SSO (OIDC and SAML), one enterprise connection per tenant in Amazon"
                        + " Cognito");
        assertThat(Decide.architecture(sso).tenancy().orElseThrow().ssoConnections())
                .isTrue();
    }
}
