package dev.archforge.engine.review;

import java.util.Map;

/** How long one input (or one SQL set) took in all, and each rule's share: {@code --timings}. */
public record InputTiming(String input, long totalNanos, Map<String, Long> ruleNanos) {
    public InputTiming {
        ruleNanos = Map.copyOf(ruleNanos);
    }
}
