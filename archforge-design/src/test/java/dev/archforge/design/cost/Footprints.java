package dev.archforge.design.cost;

import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.plan.Store;
import java.util.List;

/** Small footprints for the cost tests. */
final class Footprints {
    private Footprints() {}

    /** Two deployables on containers in one region of two zones: PostgreSQL with a standby and a replica, Redis, RabbitMQ. */
    static Footprint small() {
        return new Footprint(
                Platform.CONTAINERS,
                List.of(new Replicas("accounts", 2, 4), new Replicas("orders", 3, 6)),
                1,
                2,
                1,
                1,
                true,
                List.of(Store.POSTGRESQL, Store.REDIS),
                Broker.RABBITMQ,
                100,
                60,
                2,
                true,
                500,
                10,
                5,
                300,
                600,
                0.25);
    }

    static Footprint with(
            Footprint f, Platform platform, int replicas, Broker broker, int regions, List<Store> stores) {
        return new Footprint(
                platform,
                f.deployables(),
                regions,
                f.zones(),
                f.standbys(),
                replicas,
                f.pgBouncer(),
                stores,
                broker,
                f.diskGb(),
                f.dataGb(),
                f.monthlyDataGb(),
                f.crossRegionBackups(),
                f.egressGb(),
                f.peakEgressMbps(),
                f.peakEvents(),
                f.peakRps(),
                f.peakReadRps(),
                f.averageShare());
    }

    static Footprint peakRps(Footprint f, double peakRps) {
        return new Footprint(
                f.platform(),
                f.deployables(),
                f.regions(),
                f.zones(),
                f.standbys(),
                f.readReplicas(),
                f.pgBouncer(),
                f.stores(),
                f.broker(),
                f.diskGb(),
                f.dataGb(),
                f.monthlyDataGb(),
                f.crossRegionBackups(),
                f.egressGb(),
                f.peakEgressMbps(),
                f.peakEvents(),
                peakRps,
                f.peakReadRps(),
                f.averageShare());
    }
}
