package dev.archforge.design.decision;

import dev.archforge.design.capacity.DatabaseReads;
import dev.archforge.design.capacity.Deployable;
import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.RequirementKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Replicas, autoscaling, zones and regions from the availability target and the load. Each
 * deployable gets its own range from its own traffic: one replica per zone the target needs, enough
 * for its average load, an autoscaling ceiling of twice its peak,
 * a synchronous database standby from 99.9 %, a second region only from 99.99 %.
 */
@DecisionInfo(
        id = "availability-scaling",
        area = Area.AVAILABILITY,
        title = "Availability and scaling",
        reads = {
            RequirementKey.AVAILABILITY,
            RequirementKey.REGIONS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS,
            RequirementKey.READ_PERCENT,
            RequirementKey.ACCESS_PATTERNS
        })
public final class AvailabilityScalingRule implements DecisionRule {
    @Override
    public Choice decide(DesignContext context) {
        Constraints c = context.constraints();
        Load load = context.load();
        double availability = c.availability();
        List<Deployable> deployables = Deployable.of(
                context.requirements().system().name(),
                context.parts().style(),
                context.parts().components(),
                load);
        Deployable busiest = Deployable.busiest(deployables);
        Platform platform = context.parts().platform();
        int zones = Sizing.zonesFor(availability);
        int needed = Sizing.regionsFor(availability);
        int regions =
                c.regions().isEmpty() ? needed : Math.min(needed, c.regions().size());
        List<Replicas> ranges = new ArrayList<>(deployables.size());
        for (Deployable d : deployables) {
            int least = platform == Platform.SERVERLESS ? 1 : Sizing.minReplicas(d, availability);
            ranges.add(new Replicas(d.name(), least, Sizing.maxReplicas(least, d)));
        }
        Deployment deployment = new Deployment(platform, ranges, zones, regions);
        context.parts().deployment(deployment);
        Replicas top = deployment.replicasOf(busiest.name()).orElseThrow();
        int min = top.min();
        int max = top.max();
        int standbys = Sizing.standbysFor(availability);
        Quantity reads = DatabaseReads.peak(
                context.requirements(),
                load,
                !context.parts().cache().isEmpty(),
                context.parts().uses(Store.OPENSEARCH));
        int replicas = Sizing.readReplicasFor(reads.value());
        double downtime = Numbers.round((100 - availability) / 100 * 30 * 24 * 60);
        Choice choice = Choice.of(deployment.ranges() + " replicas"
                        + (deployment.uniform() && !deployment.single() ? " per deployable" : "") + " across "
                        + Text.count(zones, "zone", "zones")
                        + " in " + Text.count(regions, "region", "regions") + ", autoscaling on CPU at "
                        + Numbers.percent(Sizing.TARGET_UTILIZATION * 100)
                        + (standbys > 0
                                ? "; PostgreSQL with a synchronous standby in a second zone"
                                : "; single PostgreSQL")
                        + (replicas > 0 ? " and " + Text.count(replicas, "read replica", "read replicas") : ""))
                .driver(RequirementKey.AVAILABILITY, availability)
                .drivenByLoad(load)
                .because(Numbers.percent(availability) + " allows " + Numbers.format(downtime)
                        + " minutes of downtime in 30 days: "
                        + (zones > 1
                                ? "a zone failure must not take the service down, so replicas and the database"
                                        + " span " + zones + " zones."
                                : "one zone with restarts and a restore fits in that budget."))
                .because("Peak is " + Numbers.format(busiest.peakRps()) + " req/s"
                        + (deployables.size() == 1 ? "" : " on the busiest deployable (" + busiest.name() + ")")
                        + " and one instance serves " + Numbers.format(Sizing.instanceCapacity())
                        + " req/s at the target utilization"
                        + (busiest.ingestPeakRps() > 0
                                ? " (" + Numbers.format(Sizing.ingestCapacity()) + " req/s of batched ingestion, of"
                                        + " which the peak has " + Numbers.format(busiest.ingestPeakRps()) + ")"
                                : "")
                        + ", so "
                        + Text.count(Sizing.instancesAtPeak(busiest), "instance carries", "instances carry")
                        + " the peak; the minimum of " + min
                        + (min > Sizing.availabilityFloor(availability)
                                ? " carries the average load"
                                : " covers the zones")
                        + ", the ceiling of " + max
                        + " absorbs twice the expected peak.");
        if (!deployment.uniform()) {
            choice.because("Every other deployable is sized the same way from its own share of the traffic, so"
                    + " quieter ones keep smaller ranges.");
        }
        if (replicas > 0) {
            choice.driver(RequirementKey.READ_PERCENT, load.readPercent())
                    .because("Reads reaching PostgreSQL at peak (" + reads.formula() + " = "
                            + Numbers.format(reads.value()) + " req/s) exceed what one node serves ("
                            + Numbers.format(Sizing.DB_READ_RPS_PER_NODE) + "/s): list queries go to "
                            + Text.count(replicas, "read replica", "read replicas") + ".");
        }
        if (regions > 1) {
            choice.driver(RequirementKey.REGIONS, c.regions())
                    .because("99.99 % is more than one region reliably gives: a second region runs warm, with"
                            + " asynchronous database replication and DNS failover.");
        }
        if (min > 1) {
            choice.alternative(
                    "A single instance",
                    "Every deploy and every host failure would be an outage against a " + Numbers.percent(availability)
                            + " target.");
        } else {
            choice.alternative(
                    "Two replicas across two zones",
                    "A " + Numbers.percent(availability) + " target tolerates a restart; a second zone and a standby"
                            + " database double the cost for availability nobody asked for.");
        }
        return choice.alternative(
                        regions > 1 ? "One region" : "Active-active in several regions",
                        regions > 1
                                ? "A regional outage would exceed the downtime budget."
                                : "Multi-region writes need conflict handling and double the cost; "
                                        + Numbers.percent(availability) + " is met within one region.")
                .tradeoff(
                        "The " + min + " replicas that always run are paid for availability, not throughput, while the"
                                + " load stays below them.")
                .tradeoff("Autoscaling reacts in minutes: sudden spikes beyond the ceiling of " + max
                        + " replicas queue or are rate-limited.")
                .revisitWhen("When the sustained peak"
                        + (deployables.size() == 1 ? "" : " of " + busiest.name())
                        + " doubles (past ~" + Numbers.format(Numbers.round(2 * busiest.peakRps()))
                        + " req/s), the ceiling is reached, or the availability target changes: recompute replicas"
                        + " and zones.");
    }
}
