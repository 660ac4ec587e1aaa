package dev.archforge.design.plan;

import java.util.List;
import java.util.Optional;

/**
 * The architecture the decisions add up to, in the typed form artifact contributors read.
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
        DataPlan data) {
    public Architecture {
        components = List.copyOf(components);
        stores = List.copyOf(stores);
        indexes = List.copyOf(indexes);
        cache = List.copyOf(cache);
    }

    /** An architecture without per-entity data decisions ({@link DataPlan#NONE}). */
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
                DataPlan.NONE);
    }

    public boolean uses(Store store) {
        return stores.contains(store);
    }

    /** The component owning an entity. */
    public Optional<Component> componentOf(String entity) {
        return components.stream().filter(c -> c.entities().contains(entity)).findFirst();
    }
}
