package dev.archforge.design.cost;

import java.util.List;

/** A monthly estimate: its lines and their sums, typical and at peak, in whole US dollars. */
public record Estimate(List<CostLine> lines) {
    public Estimate {
        lines = List.copyOf(lines);
    }

    /** The typical month: every deployable at its minimum replicas, average traffic. */
    public long typical() {
        return lines.stream().mapToLong(CostLine::typicalUsd).sum();
    }

    /** A month spent at peak: every deployable at its autoscaling ceiling, peak traffic throughout. */
    public long peak() {
        return lines.stream().mapToLong(CostLine::peakUsd).sum();
    }
}
