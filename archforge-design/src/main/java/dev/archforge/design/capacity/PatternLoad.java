package dev.archforge.design.capacity;

import dev.archforge.design.requirements.AccessPattern;

/**
 * The request rate of one access pattern, rounded like every rate of the plan.
 *
 * @param averageRps from {@code perUserPerDay × DAU ÷ 86,400 s}, or {@code perSecond} when given
 * @param peakRps the average times the system's peak factor
 */
public record PatternLoad(AccessPattern pattern, double averageRps, double peakRps) {
    public boolean isWrite() {
        return pattern.operation().isWrite();
    }

    /**
     * Machine ingestion: creates given per second at {@value Sizing#INGEST_PATTERN_RPS}/s or more
     * (readings, events from devices), appended in batches without a database round trip per request.
     */
    public boolean isIngest() {
        return pattern.operation() == AccessPattern.Operation.CREATE
                && pattern.perSecond() >= Sizing.INGEST_PATTERN_RPS;
    }
}
