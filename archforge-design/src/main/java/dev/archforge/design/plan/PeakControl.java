package dev.archforge.design.plan;

import java.util.List;

/**
 * What protects the system from peaks faster than autoscaling.
 *
 * @param waitingRoom a virtual queue hands out admission tokens at {@code admissionRps}
 * @param admissionRps requests per second admitted past the waiting room; 0 without one
 * @param preScaleInstances instances of the busiest deployable started before an announced peak
 * @param shedFirst the access patterns refused first (503 with Retry-After) under overload
 */
public record PeakControl(boolean waitingRoom, int admissionRps, int preScaleInstances, List<String> shedFirst) {
    public PeakControl {
        shedFirst = List.copyOf(shedFirst);
    }
}
