package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.compliance;
import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Security;
import dev.archforge.design.testing.Shapes;
import org.junit.jupiter.api.Test;

class AuthorizationRuleTest {
    @Test
    void rolesFromActorsAndOwnershipFromOwners() {
        Decision d = Decide.decision(fitness(), "authorization");
        assertThat(d.choice())
                .isEqualTo("RBAC with roles member, coach, admin; row ownership on Plan.coach, Workout.member,"
                        + " ExerciseSet.member, ProgressSnapshot.member");
        assertThat(d.drivers()).containsExactly("actors = 3", "entities = 4 owned of 5");
        Security s = Decide.architecture(fitness()).security();
        assertThat(s.roles()).containsExactly("member", "coach", "admin");
        assertThat(s.ownership()).isTrue();
        assertThat(s.tenantIsolation()).isFalse();
    }

    @Test
    void multiTenancyAddsRowLevelSecurity() {
        Decision d = Decide.decision(Shapes.saas(), "authorization");
        assertThat(d.choice()).endsWith("; tenant isolation by tenant_id with PostgreSQL row-level security");
        assertThat(Decide.architecture(Shapes.saas()).security().tenantIsolation())
                .isTrue();
    }

    @Test
    void hipaaAddsAttributePolicies() {
        Decision d = Decide.decision(compliance(fitness(), "hipaa"), "authorization");
        assertThat(d.choice()).endsWith("; ABAC policies for access to health data");
        assertThat(d.drivers()).contains("constraints.compliance = [hipaa]");
    }
}
