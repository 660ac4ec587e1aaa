package dev.archforge.design.artifact.deploy;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Quantity;
import java.util.Optional;

/**
 * The CPU and memory of one application instance as the capacity plan sizes it
 * ({@code compute.cores-per-instance}, {@code compute.memory-per-instance}), so the cluster reserves
 * what the plan counted instances of. A hand-built plan without them gets the runtime's defaults.
 *
 * @param cpu a Kubernetes CPU quantity: {@code 2}, {@code 500m}
 * @param memory a Kubernetes memory quantity: {@code 2048Mi}
 */
record InstanceSize(String cpu, String memory) {
    static final String CORES = "compute.cores-per-instance";
    static final String MEMORY = "compute.memory-per-instance";

    static InstanceSize of(Design design) {
        String cpu = quantity(design.capacity(), CORES)
                .map(q -> q.value() == Math.rint(q.value())
                        ? Long.toString((long) q.value())
                        : Math.round(q.value() * 1000) + "m")
                .orElse(AppRuntime.CPU_REQUEST);
        String memory = quantity(design.capacity(), MEMORY)
                .map(q -> Numbers.ceil(q.value()) + "Mi")
                .orElse(AppRuntime.MEMORY);
        return new InstanceSize(cpu, memory);
    }

    private static Optional<Quantity> quantity(CapacityPlan plan, String id) {
        return plan.sections().stream()
                .flatMap(s -> s.quantities().stream())
                .filter(q -> q.id().equals(id))
                .findFirst();
    }
}
