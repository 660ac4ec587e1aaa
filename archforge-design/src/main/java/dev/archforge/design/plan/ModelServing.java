package dev.archforge.design.plan;

/**
 * Machine-learning inference as its own deployable, scaled apart from the API.
 *
 * @param instancesAtPeak GPUs or CPU instances the peak needs
 * @param asynchronous requests are queued and answered by callback, because the model is slower than
 *     the latency objective allows
 * @param timeoutMs how long the API waits for a synchronous inference before it falls back
 */
public record ModelServing(Hardware hardware, int instancesAtPeak, boolean asynchronous, int timeoutMs) {
    /** What the inference service runs on. */
    public enum Hardware {
        CPU,
        GPU
    }
}
