package dev.archforge.design.capacity;

import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.requirements.Requirements;
import java.util.List;

/**
 * Computes the capacity plan of a design: traffic, compute, database, cache, storage, messaging and
 * bandwidth, each number with its formula. Quantity ids are stable and dotted; the ids without a
 * name segment ({@code compute.instances}, {@code database.pool-size}, {@code cache.memory},
 * {@code storage.total}, …) are always present, so artifacts can read them for any design.
 */
public final class CapacityPlanner {
    /** Plans the capacity of {@code architecture} under the load of {@code requirements}. */
    public CapacityPlan plan(Requirements requirements, Load load, Architecture architecture) {
        PlanInput in = new PlanInput(
                requirements,
                load,
                architecture,
                Deployable.of(requirements.system().name(), architecture.style(), architecture.components(), load));
        return new CapacityPlan(List.of(
                TrafficSection.build(in),
                ComputeSection.build(in),
                DatabaseSection.build(in),
                CacheSection.build(in),
                StorageSection.build(in),
                MessagingSection.build(in),
                BandwidthSection.build(in)));
    }
}
