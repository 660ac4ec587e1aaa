package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.SampleDesigns;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-built fitness design with the capacity figures the cost, failure-mode, risk and roadmap
 * documents read: a read replica, a standby, PgBouncer (negative connection headroom), storage,
 * egress and events, so every line of those documents can be checked by hand.
 */
final class DocDesigns {
    private DocDesigns() {}

    static Design fitness() {
        return withCapacity(
                SampleDesigns.fitness(),
                q("traffic.average-rps", 24.3, "req/s"),
                q("traffic.peak-rps", 97.2, "req/s"),
                q("traffic.peak-read-rps", 77.8, "req/s"),
                q("database.peak-read-rps", 1600, "req/s"),
                q("database.read-replicas", 1, "replicas"),
                q("database.standbys", 1, "standbys"),
                q("database.connections-at-max", 30, "connections"),
                q("database.connection-budget", 20, "connections"),
                q("database.connection-headroom", -10, "connections"),
                q("storage.total", 95, "GB"),
                q("storage.growth-per-month", 2.6, "GB/month"),
                q("storage.provisioned", 142.5, "GB"),
                q("messaging.peak-events", 2, "events/s"),
                q("bandwidth.peak-egress", 3.1, "Mbit/s"),
                q("bandwidth.monthly-egress", 250, "GB/month"));
    }

    static Design withRequirements(Design d, Requirements r) {
        return new Design(r, d.decisions(), d.architecture(), d.capacity(), d.warnings(), d.questions());
    }

    static Design withCapacity(Design d, Quantity... quantities) {
        List<Quantity> all = new ArrayList<>(List.of(quantities));
        return new Design(
                d.requirements(),
                d.decisions(),
                d.architecture(),
                new CapacityPlan(List.of(new CapacityPlan.Section("Test", all))),
                d.warnings(),
                d.questions());
    }

    private static Quantity q(String id, double value, String unit) {
        return new Quantity(id, id, value, unit, "given");
    }
}
