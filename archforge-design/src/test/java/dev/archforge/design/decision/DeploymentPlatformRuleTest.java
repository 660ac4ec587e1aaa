package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.budget;
import static dev.archforge.design.testing.Variants.compliance;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.hosting;
import static dev.archforge.design.testing.Variants.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import org.junit.jupiter.api.Test;

class DeploymentPlatformRuleTest {
    private static Platform platform(Requirements r) {
        return Decide.architecture(r).deployment().platform();
    }

    @Test
    void oneTeamOfFiveRunsContainersOnAManagedRuntime() {
        Decision d = Decide.decision(fitness(), "deployment-platform");
        assertThat(d.choice()).isEqualTo("Containers on managed instances (Amazon ECS on Fargate)");
        assertThat(d.drivers()).containsExactly("team.size = 5", "team.teams = 1", "constraints.hosting = cloud");
    }

    @Test
    void aTeamOfTwoWithOneDeployableGetsAPaas() {
        assertThat(Decide.choice(Shapes.internalTool(), "deployment-platform"))
                .isEqualTo("Managed platform (PaaS) (AWS App Runner)");
        assertThat(platform(team(fitness(), 3, 1))).isEqualTo(Platform.PAAS);
        assertThat(platform(compliance(team(fitness(), 3, 1), "pci"))).isEqualTo(Platform.CONTAINERS);
    }

    @Test
    void kubernetesOnlyFromThreeTeams() {
        assertThat(platform(team(fitness(), 10, 2))).isEqualTo(Platform.CONTAINERS);
        assertThat(platform(team(fitness(), 12, 3))).isEqualTo(Platform.KUBERNETES);
        assertThat(Decide.choice(Shapes.saas(), "deployment-platform")).isEqualTo("Kubernetes (Amazon EKS)");
    }

    @Test
    void onPremisesHostingIsRespected() {
        assertThat(Decide.choice(hosting(Shapes.internalTool(), "on-premises", "any"), "deployment-platform"))
                .isEqualTo("Containers on managed instances (Docker on the organisation's VMs behind its load"
                        + " balancer)");
    }

    @Test
    void aBudgetBelowAThousandKeepsSeveralTeamsOffKubernetes() {
        Decision d = Decide.decision(budget(team(fitness(), 16, 4), 999), "deployment-platform");
        assertThat(d.choice()).isEqualTo("Containers on managed instances (Amazon ECS on Fargate)");
        assertThat(d.drivers()).contains("constraints.budget-per-month = 999");
        assertThat(Decide.choice(budget(team(fitness(), 16, 4), 1000), "deployment-platform"))
                .isEqualTo("Kubernetes (Amazon EKS)");
    }
}
