package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.compliance;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.hosting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.WorkloadIdentity;
import dev.archforge.design.plan.WorkloadIdentity.Mode;
import dev.archforge.design.testing.Shapes;
import dev.archforge.design.testing.Workloads;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ServiceIdentityRuleTest {
    private static final String IAM = "cloud IAM workload identity per deployable, no static credentials";

    @Test
    void oneDeployableWithoutMachinesOrRegulationHasNoIdentityDecision() {
        assertThat(Decide.design(fitness()).decisions())
                .extracting(Decision::id)
                .doesNotContain("service-identity");
    }

    @Test
    void servicesOnKubernetesAuthenticateEachOtherThroughAMesh() {
        Decision d = Decide.decision(Shapes.saas(), "service-identity");
        assertThat(d.choice())
                .isEqualTo("mTLS between services through a service mesh (Linkerd) with SPIFFE identities per service"
                        + " account");
        assertThat(d.revisitWhen())
                .isEqualTo("When services span several clusters or clouds, federate the SPIFFE trust domains.");
        assertThat(Decide.architecture(Shapes.saas()).workloadIdentity())
                .contains(new WorkloadIdentity(Mode.SERVICE_MESH_MTLS, List.of(), List.of()));
    }

    @Test
    void aRegulatedMonolithUsesTheCloudsWorkloadIdentityOrSpiffeOnPremises() {
        assertThat(Decide.choice(compliance(fitness(), "pci"), "service-identity"))
                .isEqualTo(IAM);
        assertThat(Decide.choice(compliance(hosting(fitness(), "on-premises", "any"), "hipaa"), "service-identity"))
                .isEqualTo("mTLS between the deployable and its dependencies with SPIFFE/SPIRE workload identities");
    }

    @Test
    void aFleetOfAThousandDevicesGetsACertificateEach() {
        Decision keys =
                Decide.decision(Workloads.plusMachine(fitness(), "sensor", OptionalLong.of(999)), "service-identity");
        assertThat(keys.choice()).isEqualTo(IAM + "; API keys per device for sensor");
        assertThat(keys.revisitWhen())
                .isEqualTo("When a fleet passes 1,000 devices (today the largest has 999), issue X.509 certificates per"
                        + " device.");
        assertThat(Decide.choice(
                        Workloads.plusMachine(fitness(), "sensor", OptionalLong.of(1_000)), "service-identity"))
                .isEqualTo(IAM + "; X.509 device certificates for sensor");
    }
}
