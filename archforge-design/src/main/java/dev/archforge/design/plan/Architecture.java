package dev.archforge.design.plan;

import java.util.List;
import java.util.Optional;

/** The architecture the decisions add up to, in the typed form artifact contributors read. */
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
        Recovery recovery) {
    public Architecture {
        components = List.copyOf(components);
        stores = List.copyOf(stores);
        indexes = List.copyOf(indexes);
        cache = List.copyOf(cache);
    }

    public boolean uses(Store store) {
        return stores.contains(store);
    }

    /** The component owning an entity. */
    public Optional<Component> componentOf(String entity) {
        return components.stream().filter(c -> c.entities().contains(entity)).findFirst();
    }
}
