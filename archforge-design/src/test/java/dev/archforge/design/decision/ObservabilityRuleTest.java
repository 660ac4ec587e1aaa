package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.hosting;
import static dev.archforge.design.testing.Variants.peakRps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import org.junit.jupiter.api.Test;

class ObservabilityRuleTest {
    @Test
    void slosComeFromTheTargets() {
        Decision d = Decide.decision(fitness(), "observability");
        assertThat(d.choice())
                .isEqualTo("Liveness and readiness probes, JSON logs with trace ids, RED metrics and OpenTelemetry"
                        + " traces in CloudWatch and X-Ray through the OpenTelemetry collector; SLOs 99.9 % availability"
                        + " and p99 < 300 ms with burn-rate alerts");
        assertThat(d.rationale()).contains("(an error budget of 43.2 minutes)");
        assertThat(d.drivers())
                .containsExactly(
                        "constraints.availability = 99.9",
                        "constraints.latency-p99-ms = 300",
                        "constraints.hosting = cloud");
    }

    @Test
    void tracesAreSampledAboveOneHundredRequestsPerSecond() {
        assertThat(Decide.choice(peakRps(fitness(), 100), "observability")).doesNotContain("sampled");
        assertThat(Decide.choice(peakRps(fitness(), 101), "observability"))
                .contains("OpenTelemetry traces (10 % sampled, errors always kept)");
    }

    @Test
    void onPremisesRunsItsOwnStack() {
        assertThat(Decide.choice(hosting(fitness(), "on-premises", "any"), "observability"))
                .contains("in Prometheus, Grafana, Loki and Tempo;");
    }
}
