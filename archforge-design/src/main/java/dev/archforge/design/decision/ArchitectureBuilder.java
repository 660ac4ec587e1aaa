package dev.archforge.design.decision;

import dev.archforge.design.plan.ApiConsumers;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.CacheEntry;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.DataPlan;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.IndexPlan;
import dev.archforge.design.plan.Inventory;
import dev.archforge.design.plan.Ledger;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.ModelServing;
import dev.archforge.design.plan.PeakControl;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.RateLimit;
import dev.archforge.design.plan.Recovery;
import dev.archforge.design.plan.RegionLayout;
import dev.archforge.design.plan.Security;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Style;
import dev.archforge.design.plan.Tenancy;
import dev.archforge.design.plan.Workflow;
import dev.archforge.design.plan.WorkloadIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The parts of the {@link Architecture} as rules decide them, one slot per part. Reading a part no
 * rule has decided yet is a mistake in the registry order and fails loudly, naming the part. The parts
 * of specialised decisions, which apply only to some workloads, are empty until their rule sets them.
 */
public final class ArchitectureBuilder {
    private final Slot<Style> style = new Slot<>("style");
    private final Slot<List<Component>> components = new Slot<>("components");
    private final List<Store> stores = new ArrayList<>();
    private final Slot<Optional<Messaging>> messaging = new Slot<>("messaging");
    private final Slot<Security> security = new Slot<>("security");
    private final Slot<List<IndexPlan>> indexes = new Slot<>("indexes");
    private final Slot<List<CacheEntry>> cache = new Slot<>("cache");
    private final Slot<RateLimit> rateLimit = new Slot<>("rate limit");
    private final Slot<Platform> platform = new Slot<>("platform");
    private final Slot<Deployment> deployment = new Slot<>("deployment");
    private final Slot<Recovery> recovery = new Slot<>("recovery");
    private DataPlan data = DataPlan.NONE;
    private Optional<Tenancy> tenancy = Optional.empty();
    private Optional<RegionLayout> regionLayout = Optional.empty();
    private Optional<ApiConsumers> apiConsumers = Optional.empty();
    private Optional<WorkloadIdentity> workloadIdentity = Optional.empty();
    private Optional<Ledger> ledger = Optional.empty();
    private Optional<Inventory> inventory = Optional.empty();
    private final List<Workflow> workflows = new ArrayList<>();
    private Optional<PeakControl> peakControl = Optional.empty();
    private Optional<ModelServing> modelServing = Optional.empty();

    public Style style() {
        return style.get();
    }

    public void style(Style value) {
        style.set(value);
    }

    public List<Component> components() {
        return components.get();
    }

    public void components(List<Component> value) {
        components.set(List.copyOf(value));
    }

    /** The stores decided so far, in the order they were added. */
    public List<Store> stores() {
        return List.copyOf(stores);
    }

    public boolean uses(Store store) {
        return stores.contains(store);
    }

    /** Adds a store once. */
    public void addStore(Store store) {
        if (!stores.contains(store)) {
            stores.add(store);
        }
    }

    public Optional<Messaging> messaging() {
        return messaging.get();
    }

    public void messaging(Optional<Messaging> value) {
        messaging.set(value);
    }

    public Security security() {
        return security.get();
    }

    public void security(Security value) {
        security.set(value);
    }

    public List<IndexPlan> indexes() {
        return indexes.get();
    }

    public void indexes(List<IndexPlan> value) {
        indexes.set(List.copyOf(value));
    }

    public List<CacheEntry> cache() {
        return cache.get();
    }

    public void cache(List<CacheEntry> value) {
        cache.set(List.copyOf(value));
    }

    public RateLimit rateLimit() {
        return rateLimit.get();
    }

    public void rateLimit(RateLimit value) {
        rateLimit.set(value);
    }

    public Platform platform() {
        return platform.get();
    }

    public void platform(Platform value) {
        platform.set(value);
    }

    public Deployment deployment() {
        return deployment.get();
    }

    public void deployment(Deployment value) {
        deployment.set(value);
    }

    public Recovery recovery() {
        return recovery.get();
    }

    public void recovery(Recovery value) {
        recovery.set(value);
    }

    /** The per-entity data decisions recorded so far; each rule adds its part. */
    public DataPlan data() {
        return data;
    }

    public void data(UnaryOperator<DataPlan> change) {
        data = change.apply(data);
    }

    public Optional<Tenancy> tenancy() {
        return tenancy;
    }

    public void tenancy(Tenancy value) {
        tenancy = Optional.of(value);
    }

    public Optional<RegionLayout> regionLayout() {
        return regionLayout;
    }

    public void regionLayout(RegionLayout value) {
        regionLayout = Optional.of(value);
    }

    public Optional<ApiConsumers> apiConsumers() {
        return apiConsumers;
    }

    public void apiConsumers(ApiConsumers value) {
        apiConsumers = Optional.of(value);
    }

    public Optional<WorkloadIdentity> workloadIdentity() {
        return workloadIdentity;
    }

    public void workloadIdentity(WorkloadIdentity value) {
        workloadIdentity = Optional.of(value);
    }

    public Optional<Ledger> ledger() {
        return ledger;
    }

    public void ledger(Ledger value) {
        ledger = Optional.of(value);
    }

    public Optional<Inventory> inventory() {
        return inventory;
    }

    public void inventory(Inventory value) {
        inventory = Optional.of(value);
    }

    /** The workflows decided so far, in the order they were added. */
    public List<Workflow> workflows() {
        return List.copyOf(workflows);
    }

    public void workflows(List<Workflow> value) {
        workflows.clear();
        workflows.addAll(value);
    }

    public Optional<PeakControl> peakControl() {
        return peakControl;
    }

    public void peakControl(PeakControl value) {
        peakControl = Optional.of(value);
    }

    public Optional<ModelServing> modelServing() {
        return modelServing;
    }

    public void modelServing(ModelServing value) {
        modelServing = Optional.of(value);
    }

    /** The architecture; every core part must be decided. */
    public Architecture build() {
        return new Architecture(
                style(),
                components(),
                stores(),
                messaging(),
                security(),
                indexes(),
                cache(),
                rateLimit(),
                deployment(),
                recovery(),
                data,
                tenancy,
                regionLayout,
                apiConsumers,
                workloadIdentity,
                ledger,
                inventory,
                workflows(),
                peakControl,
                modelServing);
    }

    /** One part: empty until a rule sets it. */
    private static final class Slot<T> {
        private final String name;
        private Optional<T> value = Optional.empty();

        Slot(String name) {
            this.name = name;
        }

        T get() {
            return value.orElseThrow(() -> new IllegalStateException(
                    "the " + name + " is read before a rule decides it: check the order of DecisionRules"));
        }

        void set(T v) {
            value = Optional.of(v);
        }
    }
}
