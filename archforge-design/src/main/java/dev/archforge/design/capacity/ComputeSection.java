package dev.archforge.design.capacity;

import dev.archforge.design.plan.CapacityPlan.Section;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.plan.Replicas;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Instances per deployable from the peak and the availability floor, and each deployable's autoscaling range. */
final class ComputeSection {
    private static final String INSTANCES = "instances";

    private ComputeSection() {}

    static Section build(PlanInput in) {
        List<Quantity> out = new ArrayList<>();
        double capacity = Sizing.instanceCapacity();
        out.add(new Quantity(
                "compute.cores-per-instance",
                "vCPUs per instance",
                Sizing.CORES_PER_INSTANCE,
                "vCPU",
                "planning size of one JVM instance"));
        out.add(new Quantity(
                "compute.memory-per-instance",
                "Memory per instance",
                Sizing.MEMORY_MB_PER_INSTANCE,
                "MB",
                "planning size of one JVM instance"));
        out.add(new Quantity(
                "compute.instance-capacity",
                "Requests per second per instance at peak",
                capacity,
                "req/s",
                Sizing.CORES_PER_INSTANCE + " cores × " + Sizing.RPS_PER_CORE + " req/s per core × "
                        + Numbers.percent(Sizing.TARGET_UTILIZATION * 100) + " target utilization"));
        int floor = Sizing.availabilityFloor(in.availability());
        String floorText = floor + " for " + Numbers.percent(in.availability()) + " availability";
        int total = 0;
        StringJoiner sum = new StringJoiner(" + ");
        boolean single = in.deployables().size() == 1;
        for (Deployable d : in.deployables()) {
            int needed = Sizing.instancesAtPeak(d);
            int instances = Math.max(floor, needed);
            total += instances;
            sum.add(Integer.toString(instances));
            String peak;
            if (d.ingestPeakRps() > 0) {
                peak = Numbers.format(d.interactivePeakRps()) + " req/s";
            } else if (single) {
                peak = Numbers.format(d.peakRps()) + " req/s";
            } else {
                peak = Numbers.format(in.load().peakRps()) + " req/s × " + Numbers.percent(d.share() * 100)
                        + " of pattern traffic";
            }
            out.add(new Quantity(
                    "compute.instances." + d.name(),
                    "Instances of " + d.name() + " at peak",
                    instances,
                    INSTANCES,
                    "max(" + instancesTerm(peak, ingest(d.ingestPeakRps(), "")) + " = " + needed + ", " + floorText
                            + ")"));
        }
        out.add(new Quantity(
                "compute.instances",
                "Instances at peak, all deployables",
                total,
                INSTANCES,
                single ? "one deployable" : sum.toString()));
        Deployment deployment = in.architecture().deployment();
        if (single) {
            Deployable d = in.deployables().get(0);
            Replicas r = replicas(deployment, d);
            out.add(minimum("compute.min-replicas", "Minimum replicas per deployable", r, d, floorText));
            out.add(maximum("compute.max-replicas", "Autoscaling ceiling per deployable", r, d));
            return new Section("Compute", out);
        }
        StringJoiner mins = new StringJoiner(" + ");
        StringJoiner maxes = new StringJoiner(" + ");
        for (Deployable d : in.deployables()) {
            Replicas r = replicas(deployment, d);
            out.add(minimum("compute.min-replicas." + d.name(), "Minimum replicas of " + d.name(), r, d, floorText));
            out.add(maximum("compute.max-replicas." + d.name(), "Autoscaling ceiling of " + d.name(), r, d));
            mins.add(Integer.toString(r.min()));
            maxes.add(Integer.toString(r.max()));
        }
        out.add(new Quantity(
                "compute.min-replicas",
                "Minimum replicas, all deployables",
                deployment.totalMin(),
                INSTANCES,
                mins.toString()));
        out.add(new Quantity(
                "compute.max-replicas",
                "Autoscaling ceilings, all deployables",
                deployment.totalMax(),
                INSTANCES,
                maxes.toString()));
        return new Section("Compute", out);
    }

    private static Replicas replicas(Deployment deployment, Deployable d) {
        return deployment
                .replicasOf(d.name())
                .orElseThrow(() -> new IllegalStateException("no replicas planned for deployable " + d.name()));
    }

    private static Quantity minimum(String key, String label, Replicas r, Deployable d, String floorText) {
        return new Quantity(
                key,
                label,
                r.min(),
                INSTANCES,
                "max("
                        + instancesTerm(
                                Numbers.format(Numbers.round(d.averageRps() - d.ingestAverageRps())) + " average req/s",
                                ingest(d.ingestAverageRps(), "average "))
                        + ", " + floorText + ")");
    }

    private static Quantity maximum(String key, String label, Replicas r, Deployable d) {
        return new Quantity(
                key,
                label,
                r.max(),
                INSTANCES,
                "max(2 × " + r.min() + " minimum, 2 × " + Sizing.instancesAtPeak(d) + " at peak)");
    }

    /** "⌈97.2 req/s ÷ 120 req/s⌉", plus "+ ⌈64,500 ingest req/s ÷ 1,200 req/s⌉" when there is ingestion. */
    private static String instancesTerm(String interactive, String ingest) {
        String term = "⌈" + interactive + " ÷ " + Numbers.format(Sizing.instanceCapacity()) + " req/s⌉";
        return ingest.isEmpty()
                ? term
                : term + " + ⌈" + ingest + " ÷ " + Numbers.format(Sizing.ingestCapacity()) + " req/s⌉";
    }

    /** "64,500 ingest req/s", or empty without ingestion. */
    private static String ingest(double rps, String which) {
        return rps > 0 ? Numbers.format(rps) + " " + which + "ingest req/s" : "";
    }
}
