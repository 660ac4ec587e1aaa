package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.peakRps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.ModelServing;
import dev.archforge.design.plan.ModelServing.Hardware;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Variants;
import dev.archforge.design.testing.Workloads;
import org.junit.jupiter.api.Test;

class ModelServingRuleTest {
    private static final String ROLLOUTS = "model registry with shadow then canary rollouts; ";

    private static Requirements serving(double peak, int latencyMs) {
        return Workloads.latency(peakRps(Variants.plusFeatures(fitness(), Feature.MODEL_SERVING), peak), latencyMs);
    }

    @Test
    void withoutTheFeatureNothingIsServed() {
        assertThat(Decide.design(fitness()).decisions())
                .extracting(Decision::id)
                .doesNotContain("model-serving");
    }

    @Test
    void theFitnessPeakIsServedFromAGpuWithBatching() {
        Requirements r = Variants.plusFeatures(fitness(), Feature.MODEL_SERVING);
        Decision d = Decide.decision(r, "model-serving");
        assertThat(d.choice())
                .isEqualTo("Separate inference service on GPU (NVIDIA Triton or KServe) with dynamic batching, scaled"
                        + " independently (1 GPU at peak); " + ROLLOUTS + "250 ms timeout with a fallback");
        assertThat(d.rationale())
                .contains("Up to 97.2 req/s at peak may call the model; at or above the 80/s from which one GPU with"
                        + " dynamic batching (400 inferences/s) is cheaper than CPU instances (20/s each): 1 GPU at"
                        + " peak.");
        assertThat(d.revisitWhen())
                .isEqualTo("When peak inferences pass 800/s (today 97.2/s) or a model no longer fits one GPU's memory,"
                        + " add GPUs or shard the model.");
        assertThat(Decide.architecture(r).modelServing()).contains(new ModelServing(Hardware.GPU, 1, false, 250));
    }

    @Test
    void belowEightyInferencesASecondCpusSufficeWhenTheLatencyAllows() {
        assertThat(Decide.choice(serving(79, 500), "model-serving"))
                .isEqualTo("Separate inference service on CPU (ONNX Runtime behind KServe or a small HTTP server),"
                        + " scaled independently (4 CPU instances at peak); " + ROLLOUTS
                        + "450 ms timeout with a fallback");
        assertThat(Decide.decision(serving(79, 500), "model-serving").revisitWhen())
                .isEqualTo("When peak inferences pass 80/s (today 79/s) or the latency objective falls below 450 ms,"
                        + " move inference to GPUs.");
        assertThat(Decide.choice(serving(80, 500), "model-serving"))
                .startsWith("Separate inference service on GPU (NVIDIA Triton or KServe) with dynamic batching, scaled"
                        + " independently (1 GPU at peak);");
        assertThat(Decide.choice(serving(79, 449), "model-serving")).startsWith("Separate inference service on GPU");
    }

    @Test
    void aModelSlowerThanTheLatencyBudgetIsServedAsynchronously() {
        assertThat(Decide.choice(serving(100, 149), "model-serving"))
                .endsWith(ROLLOUTS + "asynchronous inference through a queue with callbacks");
        assertThat(Decide.choice(serving(100, 150), "model-serving"))
                .endsWith(ROLLOUTS + "100 ms timeout with a fallback");
    }
}
