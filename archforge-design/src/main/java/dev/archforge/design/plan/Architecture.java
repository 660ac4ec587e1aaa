package dev.archforge.design.plan;

import java.util.List;
import java.util.Optional;

/**
 * The architecture the decisions add up to, in the typed form artifact contributors read. The parts
 * after {@code data} come from specialised decisions and are empty where the workload does not call
 * for them.
 *
 * @param data what the data and consistency decisions fix per entity ({@link DataPlan#NONE} when a
 *     hand-written architecture leaves them out)
 */
public record Architecture(
        Style style,
        List<Component> components,
        List<Store> stores,
        Optional<Messaging> messaging,
        Security security,
        List<IndexPlan> indexes,
        List<CacheEntry> cache,
        RateLimit rateLimit,
        Deployment deployment,
        Recovery recovery,
        DataPlan data,
        Optional<Tenancy> tenancy,
        Optional<RegionLayout> regionLayout,
        Optional<ApiConsumers> apiConsumers,
        Optional<WorkloadIdentity> workloadIdentity,
        Optional<Ledger> ledger,
        Optional<Inventory> inventory,
        List<Workflow> workflows,
        Optional<PeakControl> peakControl,
        Optional<ModelServing> modelServing) {
    public Architecture {
        components = List.copyOf(components);
        stores = List.copyOf(stores);
        indexes = List.copyOf(indexes);
        cache = List.copyOf(cache);
        workflows = List.copyOf(workflows);
    }

    /** An architecture of the twenty core decisions only, none of the specialised parts. */
    public Architecture(
            Style style,
            List<Component> components,
            List<Store> stores,
            Optional<Messaging> messaging,
            Security security,
            List<IndexPlan> indexes,
            List<CacheEntry> cache,
            RateLimit rateLimit,
            Deployment deployment,
            Recovery recovery) {
        this(
                style,
                components,
                stores,
                messaging,
                security,
                indexes,
                cache,
                rateLimit,
                deployment,
                recovery,
                DataPlan.NONE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    public boolean uses(Store store) {
        return stores.contains(store);
    }

    /** The component owning an entity. */
    public Optional<Component> componentOf(String entity) {
        return components.stream().filter(c -> c.entities().contains(entity)).findFirst();
    }
}
