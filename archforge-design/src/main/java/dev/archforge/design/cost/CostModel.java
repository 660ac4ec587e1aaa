package dev.archforge.design.cost;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly estimate of a {@link Footprint} at given {@link Prices}: compute per deployable and
 * region, database nodes and their disks, backups, PgBouncer, the other stores, the broker, the
 * Kubernetes control plane, the load balancer, egress and observability. A typical month runs the
 * minimum replicas at average traffic; a month at peak runs the ceilings at peak traffic throughout.
 */
public final class CostModel {
    /** Seconds in the 30-day month the capacity plan counts. */
    public static final int SECONDS_PER_MONTH = 30 * Load.SECONDS_PER_DAY;

    private final Prices prices;
    private final Footprint f;
    private final List<CostLine> lines = new ArrayList<>();

    private CostModel(Footprint f, Prices prices) {
        this.f = f;
        this.prices = prices;
    }

    /** The estimate of a decided architecture at the shipped prices. */
    public static Estimate of(Requirements requirements, Architecture architecture, CapacityPlan capacity) {
        return estimate(Footprint.of(requirements, architecture, capacity), Prices.standard());
    }

    public static Estimate estimate(Footprint footprint, Prices prices) {
        CostModel m = new CostModel(footprint, prices);
        m.compute();
        m.database();
        m.services();
        m.traffic();
        return new Estimate(m.lines);
    }

    /**
     * Priced instances one planned instance takes: 2 for a 1-vCPU PaaS instance, unless the load fits
     * the {@link #entryTier entry tier}.
     */
    static int unitsPerInstance(Footprint f, Price compute) {
        return entryTier(f, compute) ? 1 : split(compute);
    }

    /**
     * True when a managed platform's entry tier carries the load: the peak fits in the minimum replicas
     * on instances smaller than planned. The database then runs on entry-tier nodes too.
     */
    static boolean entryTier(Footprint f, Price compute) {
        return f.managed() && f.peakRps() <= smallCapacity(f, split(compute));
    }

    /** Priced instances that add up to one planned instance's vCPUs. */
    private static int split(Price compute) {
        return (int) Math.max(1, Numbers.ceil((double) Sizing.CORES_PER_INSTANCE / Math.max(1, compute.vcpu())));
    }

    /** Requests per second the minimum replicas serve at peak on instances {@code per} times smaller. */
    private static double smallCapacity(Footprint f, int per) {
        int min = f.deployables().stream().mapToInt(Replicas::min).sum();
        return Numbers.round(min * Sizing.instanceCapacity() / per);
    }

    private void compute() {
        Price price = prices.of(f.managed() ? Item.PAAS_INSTANCE : Item.INSTANCE);
        int per = unitsPerInstance(f, price);
        String sizing;
        if (per > 1) {
            sizing = " × " + per + " instances of " + price.vcpu() + " vCPU for the " + Sizing.CORES_PER_INSTANCE
                    + " vCPU planned";
        } else if (split(price) > 1) {
            sizing = ", each on " + price.vcpu() + " vCPU: the peak of " + Numbers.format(f.peakRps())
                    + " req/s fits in the minimum replicas' " + Numbers.format(smallCapacity(f, split(price)))
                    + " req/s";
        } else {
            sizing = "";
        }
        for (Replicas r : f.deployables()) {
            add(
                    price.item(),
                    "Instances of " + r.deployable(),
                    r.range() + " replicas" + regions() + sizing,
                    (double) r.min() * per * f.regions(),
                    (double) r.max() * per * f.regions());
        }
    }

    private void database() {
        Item node = entryTier(f, prices.of(Item.PAAS_INSTANCE)) ? Item.SMALL_DATABASE_NODE : Item.DATABASE_NODE;
        String db = (f.uses(Store.TIMESCALEDB) ? Store.TIMESCALEDB : Store.POSTGRESQL).title();
        fixed(node, db + " primary", 1, "node");
        fixed(node, db + " standbys", f.standbys(), "standby");
        fixed(node, db + " read replicas", f.readReplicas(), "read replica");
        double disk = f.diskGb() * f.databaseNodes() * f.regions();
        add(
                Item.DATABASE_STORAGE,
                db + " disk",
                Numbers.format(f.diskGb()) + " GB provisioned at the end of retention × " + f.databaseNodes()
                        + (f.databaseNodes() == 1 ? " node" : " nodes") + regions(),
                disk,
                disk);
        int copies = f.crossRegionBackups() ? 2 : 1;
        add(
                Item.BACKUP_STORAGE,
                "Backups",
                Numbers.format(f.dataGb()) + " GB of data" + (copies > 1 ? " × 2 copies (one in a second region)" : ""),
                f.dataGb() * copies,
                f.dataGb() * copies);
        if (f.pgBouncer()) {
            fixed(Item.PGBOUNCER, "PgBouncer", f.zones(), "instance in each zone", "instances, one per zone");
        }
    }

    private void services() {
        if (f.uses(Store.REDIS)) {
            fixed(Item.REDIS, Store.REDIS.title(), 1, "node");
        }
        if (f.uses(Store.OPENSEARCH)) {
            fixed(Item.OPENSEARCH, Store.OPENSEARCH.title(), 1, "domain");
        }
        if (f.uses(Store.OBJECT_STORAGE)) {
            add(Item.OBJECT_STORAGE, Store.OBJECT_STORAGE.title(), "1 bucket", 1, 1);
        }
        switch (f.broker()) {
            case KAFKA -> fixed(Item.KAFKA, f.broker().title(), 1, "cluster");
            case RABBITMQ -> fixed(Item.RABBITMQ, f.broker().title(), 1, "broker");
            case SQS -> {
                double seconds = (double) SECONDS_PER_MONTH / 1_000_000;
                add(
                        Item.SQS,
                        f.broker().title(),
                        Numbers.format(f.peakEvents()) + " events/s at peak × " + Numbers.format(SECONDS_PER_MONTH)
                                + " s; an average month at " + Numbers.percent(Numbers.round(f.averageShare() * 100))
                                + " of the peak rate",
                        Numbers.round(f.peakEvents() * f.averageShare() * seconds),
                        Numbers.round(f.peakEvents() * seconds));
            }
            case POSTGRES_QUEUE -> {
                // the queue lives in the database, priced above
            }
        }
        if (f.platform() == Platform.KUBERNETES) {
            fixed(Item.KUBERNETES, "Kubernetes control plane", 1, "cluster");
        }
        if (!f.managed()) {
            fixed(Item.LOAD_BALANCER, "Load balancer", 1, "load balancer");
        }
    }

    private void traffic() {
        double peakGb = Numbers.round(f.peakEgressMbps() * SECONDS_PER_MONTH / 8 / 1000);
        add(
                Item.EGRESS,
                "Internet egress",
                Numbers.format(f.egressGb()) + " GB in an average month; at peak " + Numbers.format(f.peakEgressMbps())
                        + " Mbit/s × " + Numbers.format(SECONDS_PER_MONTH) + " s ÷ 8,000 = " + Numbers.format(peakGb)
                        + " GB",
                f.egressGb(),
                peakGb);
        int min = f.deployables().stream().mapToInt(Replicas::min).sum();
        int max = f.deployables().stream().mapToInt(Replicas::max).sum();
        add(
                Item.OBSERVABILITY,
                "Observability",
                min + "–" + max + " application instances" + regions(),
                (double) min * f.regions(),
                (double) max * f.regions());
    }

    private void fixed(Item item, String what, int count, String noun) {
        fixed(item, what, count, noun, noun + "s");
    }

    private void fixed(Item item, String what, int count, String one, String many) {
        if (count > 0) {
            add(
                    item,
                    what,
                    count + " " + (count == 1 ? one : many) + regions(),
                    count * f.regions(),
                    count * f.regions());
        }
    }

    private void add(Item item, String what, String basis, double typical, double peak) {
        if (typical <= 0 && peak <= 0) {
            return;
        }
        double usd = prices.of(item).usd();
        lines.add(new CostLine(item, what, basis, typical, peak, Math.round(typical * usd), Math.round(peak * usd)));
    }

    private String regions() {
        return f.regions() == 1 ? " × 1 region" : " × " + f.regions() + " regions";
    }
}
