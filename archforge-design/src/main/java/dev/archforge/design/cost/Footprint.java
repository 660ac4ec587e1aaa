package dev.archforge.design.cost;

import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Requirements;
import java.util.List;
import java.util.Optional;

/**
 * What a design runs and moves in a month, as the cost model prices it: the deployables' replica
 * ranges, database nodes, stores, broker, and the capacity plan's storage, egress and event figures.
 * A figure the capacity plan does not hold counts as zero.
 *
 * @param diskGb disk provisioned on each database node ({@code storage.provisioned})
 * @param dataGb data at the end of retention ({@code storage.total}), what backups hold
 * @param monthlyDataGb data added per month ({@code storage.growth-per-month})
 * @param egressGb internet egress in an average month ({@code bandwidth.monthly-egress})
 * @param peakEgressMbps egress at peak ({@code bandwidth.peak-egress})
 * @param peakEvents events per second at peak, all topics ({@code messaging.peak-events})
 * @param peakRps requests per second at peak ({@code traffic.peak-rps})
 * @param peakReadRps reads reaching the database at peak ({@code database.peak-read-rps})
 * @param averageShare average over peak request rate, for the typical month of per-message prices
 */
public record Footprint(
        Platform platform,
        List<Replicas> deployables,
        int regions,
        int zones,
        int standbys,
        int readReplicas,
        boolean pgBouncer,
        List<Store> stores,
        Broker broker,
        double diskGb,
        double dataGb,
        double monthlyDataGb,
        boolean crossRegionBackups,
        double egressGb,
        double peakEgressMbps,
        double peakEvents,
        double peakRps,
        double peakReadRps,
        double averageShare) {
    public Footprint {
        deployables = List.copyOf(deployables);
        stores = List.copyOf(stores);
    }

    /** The footprint of a decided architecture under its capacity plan. */
    public static Footprint of(Requirements requirements, Architecture a, CapacityPlan capacity) {
        double peak = value(capacity, "traffic.peak-rps");
        double average = value(capacity, "traffic.average-rps");
        return new Footprint(
                a.deployment().platform(),
                a.deployment().replicas(),
                a.deployment().regions(),
                a.deployment().zones(),
                find(capacity, "database.standbys")
                        .map(q -> (int) q.value())
                        .orElse(Sizing.standbysFor(requirements.constraints().availability())),
                (int) value(capacity, "database.read-replicas"),
                find(capacity, "database.connection-headroom")
                        .map(q -> q.value() < 0)
                        .orElse(false),
                a.stores(),
                a.messaging().map(Messaging::broker).orElse(Broker.POSTGRES_QUEUE),
                value(capacity, "storage.provisioned"),
                value(capacity, "storage.total"),
                value(capacity, "storage.growth-per-month"),
                a.recovery().crossRegion(),
                value(capacity, "bandwidth.monthly-egress"),
                value(capacity, "bandwidth.peak-egress"),
                value(capacity, "messaging.peak-events"),
                peak,
                value(capacity, "database.peak-read-rps"),
                peak > 0 && average > 0 ? Math.min(1, average / peak) : 1);
    }

    /** PaaS and serverless run on the providers' entry tiers and route traffic themselves. */
    public boolean managed() {
        return platform == Platform.PAAS || platform == Platform.SERVERLESS;
    }

    public boolean uses(Store store) {
        return stores.contains(store);
    }

    /** Database nodes in one region: the primary, its standbys and read replicas. */
    public int databaseNodes() {
        return 1 + standbys + readReplicas;
    }

    /** The same footprint on a PaaS. */
    public Footprint onPaas() {
        return new Footprint(
                Platform.PAAS,
                deployables,
                regions,
                zones,
                standbys,
                readReplicas,
                pgBouncer,
                stores,
                broker,
                diskGb,
                dataGb,
                monthlyDataGb,
                crossRegionBackups,
                egressGb,
                peakEgressMbps,
                peakEvents,
                peakRps,
                peakReadRps,
                averageShare);
    }

    /** The same footprint with every read on the primary. */
    public Footprint withoutReadReplicas() {
        return new Footprint(
                platform,
                deployables,
                regions,
                zones,
                standbys,
                0,
                pgBouncer,
                stores,
                broker,
                diskGb,
                dataGb,
                monthlyDataGb,
                crossRegionBackups,
                egressGb,
                peakEgressMbps,
                peakEvents,
                peakRps,
                peakReadRps,
                averageShare);
    }

    private static double value(CapacityPlan capacity, String id) {
        return find(capacity, id).map(Quantity::value).orElse(0.0);
    }

    private static Optional<Quantity> find(CapacityPlan capacity, String id) {
        return capacity.sections().stream()
                .flatMap(s -> s.quantities().stream())
                .filter(q -> q.id().equals(id))
                .findFirst();
    }
}
