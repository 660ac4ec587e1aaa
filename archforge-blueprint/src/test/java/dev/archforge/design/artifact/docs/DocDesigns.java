package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.SampleDesigns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-built fitness design with the capacity figures the cost, failure-mode, risk and roadmap
 * documents read: a read replica, a standby, PgBouncer (negative connection headroom), storage,
 * egress and events, so every line of those documents can be checked by hand.
 */
final class DocDesigns {
    private DocDesigns() {}

    static Design fitness() {
        return fitnessWith(Map.of());
    }

    /** The fitness design with some capacity figures replaced. */
    static Design fitnessWith(Map<String, Double> replaced) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("traffic.average-rps", 24.3);
        figures.put("traffic.peak-rps", 97.2);
        figures.put("traffic.peak-read-rps", 77.8);
        figures.put("database.peak-read-rps", 1600.0);
        figures.put("database.read-replicas", 1.0);
        figures.put("database.standbys", 1.0);
        figures.put("database.connections-at-max", 30.0);
        figures.put("database.connection-budget", 20.0);
        figures.put("database.connection-headroom", -10.0);
        figures.put("storage.total", 95.0);
        figures.put("storage.growth-per-month", 2.6);
        figures.put("storage.provisioned", 142.5);
        figures.put("messaging.peak-events", 2.0);
        figures.put("bandwidth.peak-egress", 3.1);
        figures.put("bandwidth.monthly-egress", 250.0);
        figures.putAll(replaced);
        List<Quantity> quantities = new ArrayList<>();
        figures.forEach((id, value) -> quantities.add(new Quantity(id, id, value, "", "given")));
        return withCapacity(SampleDesigns.fitness(), quantities.toArray(Quantity[]::new));
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
}
