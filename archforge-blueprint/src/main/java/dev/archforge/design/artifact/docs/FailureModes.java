package dev.archforge.design.artifact.docs;

import dev.archforge.design.artifact.deploy.AppRuntime;
import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.cost.Footprint;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Recovery;
import dev.archforge.design.plan.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * The failure modes of the design's own infrastructure: application instances, a zone, the region,
 * and the database's primary, standby and replicas. {@link ServiceFailureModes} adds the other stores,
 * the broker and external providers. Only what the design has is listed.
 */
final class FailureModes {
    /** The upper end of the 1–5 minutes an automatic database failover takes. */
    static final int FAILOVER_MINUTES = 5;

    private FailureModes() {}

    static List<FailureMode> of(Design design) {
        Footprint f = Footprint.of(design.requirements(), design.architecture(), design.capacity());
        List<FailureMode> out = new ArrayList<>();
        out.add(instances(design));
        out.add(zone(design, f));
        out.add(region(design));
        database(design, f, out);
        ServiceFailureModes.add(design, f, out);
        return out;
    }

    private static FailureMode instances(Design design) {
        Deployment d = design.architecture().deployment();
        return new FailureMode(
                "Application instances",
                "An instance crashes, runs out of memory or stops answering.",
                d.replicas().stream().allMatch(r -> r.min() == 1)
                        ? "Every request to its deployable: one replica runs at the minimum, so requests fail until a"
                                + " replacement is ready."
                        : "The requests in flight on it; the other replicas of its deployable (" + d.minimums()
                                + " at the minimum) take its share until a replacement is ready.",
                "The liveness probe (" + Markdown.code(AppRuntime.LIVENESS_PATH) + "), "
                        + Blast.alerts(design, "Compute saturation", "Fast burn"),
                "The platform restarts an instance whose liveness probe fails and stops routing to one whose "
                        + "readiness probe fails; autoscaling keeps " + d.ranges() + " replicas.");
    }

    private static FailureMode zone(Design design, Footprint f) {
        Deployment d = design.architecture().deployment();
        boolean standby = f.standbys() > 0;
        return new FailureMode(
                "Availability zone",
                "One zone of the region goes dark: power, network or the provider's control plane.",
                d.zones() == 1
                        ? "Everything: the design runs in one zone."
                        : "The replicas in that zone, about 1 in " + d.zones() + " ("
                                + (d.totalMin() + d.zones() - 1) / d.zones() + " of the " + d.totalMin()
                                + " minimum replicas); if the database primary is there, writes pause until failover.",
                Blast.alerts(design, "Fast burn", "Compute saturation") + ", and the provider's status page",
                d.zones() == 1
                        ? restore(design, "another zone")
                        : "Replicas are spread across " + Text.count(d.zones(), "zone") + " and the remaining zones"
                                + " scale up"
                                + (standby ? "; the standby in another zone takes over the database." : "."));
    }

    private static FailureMode region(Design design) {
        Deployment d = design.architecture().deployment();
        List<String> regions = design.requirements().constraints().regions();
        return new FailureMode(
                "Region",
                "The whole region is lost for hours" + (regions.size() == 1 ? " (" + regions.get(0) + ")." : "."),
                d.regions() == 1 ? "The whole system." : "The traffic of that region; the other region serves it.",
                Blast.alerts(design, "Fast burn") + ", and the provider's status page",
                d.regions() > 1
                        ? "A second region runs the same deployment; traffic fails over to it."
                        : design.architecture().recovery().crossRegion()
                                ? restore(design, "a second region")
                                : "No copy of the data leaves the region: the backups are lost with it. Copy them to"
                                        + " a second region to recover at all.");
    }

    private static String restore(Design design, String where) {
        Recovery r = design.architecture().recovery();
        return "Restore in " + where + " from the backups (" + Markdown.link("operations.md", "operations.md")
                + " runbook): up to " + Text.number(r.rpoMinutes()) + " minutes of data lost (RPO), serving again"
                + " within the " + Text.number(r.rtoMinutes()) + "-minute RTO once the restore is rehearsed.";
    }

    private static void database(Design design, Footprint f, List<FailureMode> out) {
        String db = (f.uses(Store.TIMESCALEDB) ? Store.TIMESCALEDB : Store.POSTGRESQL).title();
        int rto = design.requirements().constraints().rtoMinutes();
        String writes = Blast.patterns(design, p -> p.operation().isWrite());
        String reads = Blast.patterns(design, p -> !p.operation().isWrite());
        out.add(new FailureMode(
                db + " primary",
                "The primary crashes, loses its zone or fills its disk.",
                "Every write: " + writes
                        + (design.architecture().messaging().isPresent() ? ", with the outbox" : "")
                        + (f.readReplicas() > 0
                                ? "; reads continue on the " + Text.count(f.readReplicas(), "read replica") + "."
                                : ". Every read too: " + reads + "."),
                "Readiness probes fail on every instance (" + Markdown.code(AppRuntime.READINESS_PATH) + "); "
                        + Blast.alerts(design, "Fast burn", "Database connections", "Database storage"),
                f.standbys() > 0
                        ? "Automatic failover to the synchronous standby in another zone, up to " + FAILOVER_MINUTES
                                + " minutes: " + (FAILOVER_MINUTES <= rto ? "within" : "beyond") + " the " + rto
                                + "-minute RTO, with no committed write lost."
                        : "No standby: " + Text.lowerFirst(restore(design, "a new instance"))));
        if (f.standbys() > 0) {
            out.add(new FailureMode(
                    db + " standby",
                    "The synchronous standby stops replicating or fails.",
                    "Commits wait for the standby, so every write stalls: " + writes + ".",
                    "No alert in operations.md watches replication: add one on " + Markdown.code("pg_stat_replication")
                            + "; meanwhile " + Blast.alerts(design, "Latency"),
                    "Let the platform replace the standby, or relax " + Markdown.code("synchronous_standby_names")
                            + " while it is gone: writes continue without failover protection."));
        }
        if (f.readReplicas() > 0) {
            out.add(new FailureMode(
                    db + " read replicas",
                    "A read replica fails or falls behind.",
                    "Reads routed to it: " + reads + "; "
                            + (f.readReplicas() == 1
                                    ? "the primary alone serves "
                                    : "the primary and the other " + Text.count(f.readReplicas() - 1, "replica")
                                            + " serve ")
                            + Text.number(
                                    Math.min(f.peakReadRps(), f.readReplicas() * (double) Sizing.DB_READ_RPS_PER_NODE))
                            + " of the "
                            + Text.number(f.peakReadRps()) + " reads/s at peak.",
                    Blast.alerts(design, "Latency") + ", and replication lag on the database dashboard",
                    "Reads fall back to the other nodes; the platform replaces the replica."));
        }
        if (f.pgBouncer()) {
            out.add(new FailureMode(
                    "PgBouncer",
                    "A PgBouncer instance fails or its pool runs out.",
                    "Instances connecting through it lose the database: "
                            + Blast.patterns(design, p -> true) + "; one instance runs in each of the "
                            + Text.count(f.zones(), "zone") + ".",
                    Blast.alerts(design, "Database connections", "Fast burn"),
                    "Instances reconnect through the service address to the PgBouncer of another zone; the pools"
                            + " keep connections to the database under its budget."));
        }
    }
}
