package dev.archforge.design.decision;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.ModelServing;
import dev.archforge.design.plan.ModelServing.Hardware;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;

/**
 * Machine-learning inference as its own service, scaled apart from the API: on GPUs with dynamic
 * batching when the peak or the latency objective outgrows CPUs; models versioned in a registry and
 * rolled out in shadow, then as a canary; a timeout with a fallback; and asynchronous inference
 * (queue and callback) when the model is slower than the request's latency budget.
 */
@DecisionInfo(
        id = "model-serving",
        area = Area.ARCHITECTURE,
        title = "Model serving",
        reads = {
            RequirementKey.FEATURES,
            RequirementKey.LATENCY,
            RequirementKey.QUALITIES,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.REQUESTS_PER_DAY,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS
        })
public final class ModelServingRule implements DecisionRule {
    /** Inferences per second one 2-core CPU instance serves for a mid-sized model. */
    static final double CPU_INFERENCES = 20;
    /** Inferences per second one GPU serves with dynamic batching. */
    static final double GPU_INFERENCES = 400;
    /** From this many inferences a second at peak, one GPU is cheaper than the CPU instances it replaces. */
    static final double GPU_FROM = 80;
    /** 99th percentile of one inference on a CPU instance, planned. */
    static final int CPU_MODEL_P99_MS = 400;
    /** 99th percentile of one inference on a GPU, including a 10 ms batching window, planned. */
    static final int GPU_MODEL_P99_MS = 100;
    /** What the API itself spends of a request's budget: authentication, queries, serialisation. */
    static final int API_OVERHEAD_MS = 50;

    @Override
    public boolean applies(DesignContext context) {
        return context.has(Feature.MODEL_SERVING);
    }

    @Override
    public Choice decide(DesignContext context) {
        Constraints c = context.constraints();
        Load load = context.load();
        double peak = load.peakRps();
        int latency = c.latencyP99Ms();
        boolean lowLatency = c.demands("low-latency");
        boolean cpuTooSlow = latency < CPU_MODEL_P99_MS + API_OVERHEAD_MS;
        Hardware hardware = peak >= GPU_FROM || cpuTooSlow || lowLatency ? Hardware.GPU : Hardware.CPU;
        int model = hardware == Hardware.GPU ? GPU_MODEL_P99_MS : CPU_MODEL_P99_MS;
        double perInstance = hardware == Hardware.GPU ? GPU_INFERENCES : CPU_INFERENCES;
        int instances = (int) Math.max(1, Numbers.ceil(peak / perInstance));
        boolean async = latency < model + API_OVERHEAD_MS;
        int timeout = async ? model * 2 : latency - API_OVERHEAD_MS;
        context.parts().modelServing(new ModelServing(hardware, instances, async, timeout));
        String unit = hardware == Hardware.GPU
                ? Text.count(instances, "GPU", "GPUs")
                : Text.count(instances, "CPU instance", "CPU instances");
        Choice choice = Choice.of("Separate inference service on " + hardware.name()
                        + (hardware == Hardware.GPU
                                ? " (NVIDIA Triton or KServe) with dynamic batching"
                                : " (ONNX Runtime behind KServe or a small HTTP server)")
                        + ", scaled independently (" + unit + " at peak); model registry with shadow then canary"
                        + " rollouts; "
                        + (async
                                ? "asynchronous inference through a queue with callbacks"
                                : timeout + " ms timeout with a fallback"))
                .driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(context.requirements()))
                .driver(RequirementKey.LATENCY, latency)
                .driver(RequirementKey.QUALITIES, c.qualities())
                .drivenByLoad(load)
                .because("Inference has its own resources (accelerators, model memory) and scaling signals (queue"
                        + " depth, GPU utilisation), so it runs as its own deployable that the API calls, scaled apart"
                        + " from request handling and deployed on its own cadence.")
                .because("Up to " + Numbers.format(peak) + " req/s at peak may call the model; "
                        + (hardware == Hardware.GPU
                                ? gpuReason(peak, latency, cpuTooSlow, lowLatency)
                                : "below the " + Numbers.format(GPU_FROM) + "/s from which a GPU pays, CPU instances"
                                        + " serving " + Numbers.format(CPU_INFERENCES) + " inferences/s each suffice")
                        + ": " + unit + " at peak.")
                .because(
                        async
                                ? "The model's planned p99 of " + model + " ms plus " + API_OVERHEAD_MS
                                        + " ms of API work"
                                        + " exceeds the " + latency
                                        + " ms objective, so requests are answered with 202 and a"
                                        + " job id; the inference runs from a queue and the result arrives by callback (webhook"
                                        + " or push) or polling, with a " + timeout + " ms inference timeout."
                                : "The model's planned p99 of " + model + " ms plus " + API_OVERHEAD_MS
                                        + " ms of API work fits"
                                        + " the " + latency + " ms objective, so the API calls it synchronously with a "
                                        + timeout
                                        + " ms timeout and a circuit breaker; on timeout or an open breaker it answers"
                                        + " with a fallback (the last cached result or a rule-based default) and says so.")
                .because("Models are versioned in a registry (MLflow or the cloud's); a new version first runs in"
                        + " shadow on copied traffic, then takes a canary share with its quality and latency compared"
                        + " before it takes all traffic, and the previous version stays deployable for rollback.");
        return choice.alternative(
                        "Inference inside the API process",
                        "Model memory and " + (hardware == Hardware.GPU ? "GPUs" : "CPU bursts")
                                + " would size every API instance, and a model release would redeploy the API.")
                .alternative(
                        hardware == Hardware.GPU ? "CPU instances" : "GPU instances",
                        hardware == Hardware.GPU
                                ? Numbers.format(Numbers.ceil(peak / CPU_INFERENCES)) + " CPU instances at "
                                        + Numbers.format(CPU_INFERENCES) + "/s each, with a " + CPU_MODEL_P99_MS
                                        + " ms p99 per inference."
                                : "A GPU idles at " + Numbers.format(peak) + " req/s and costs more than the "
                                        + instances + " CPU instances.")
                .tradeoff("Another deployable with its own images, autoscaling and monitoring of model quality.")
                .tradeoff(
                        async
                                ? "Clients must handle results that arrive later."
                                : "Fallback answers are worse than the model's; their share is monitored.")
                .revisitWhen(
                        hardware == Hardware.GPU
                                ? "When peak inferences pass " + Numbers.format((instances + 1) * GPU_INFERENCES)
                                        + "/s (today " + Numbers.format(peak)
                                        + "/s) or a model no longer fits one GPU's memory,"
                                        + " add GPUs or shard the model."
                                : "When peak inferences pass " + Numbers.format(GPU_FROM) + "/s (today "
                                        + Numbers.format(peak)
                                        + "/s) or the latency objective falls below "
                                        + (CPU_MODEL_P99_MS + API_OVERHEAD_MS) + " ms, move inference to GPUs.");
    }

    private static String gpuReason(double peak, int latency, boolean cpuTooSlow, boolean lowLatency) {
        if (peak >= GPU_FROM) {
            return "at or above the " + Numbers.format(GPU_FROM) + "/s from which one GPU with dynamic batching ("
                    + Numbers.format(GPU_INFERENCES) + " inferences/s) is cheaper than CPU instances ("
                    + Numbers.format(CPU_INFERENCES) + "/s each)";
        }
        if (cpuTooSlow) {
            return "a CPU's planned " + CPU_MODEL_P99_MS + " ms p99 plus " + API_OVERHEAD_MS + " ms of API work"
                    + " exceeds the " + latency + " ms objective, so inference runs on a GPU";
        }
        return lowLatency
                ? "low latency is demanded, so inference runs on a GPU (" + GPU_MODEL_P99_MS + " ms p99 planned)"
                : "a GPU serves it";
    }
}
