package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Recovery;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Topic;
import dev.archforge.design.requirements.Constraints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The alerts of {@code operations.md}: multi-window burn-rate alerts on the availability objective
 * (the Google SRE workbook's 14.4×/6×/1× rates), latency, saturation, dead letters and backups.
 */
final class Alerts {
    private Alerts() {}

    static List<List<String>> rows(Design design) {
        Constraints c = design.requirements().constraints();
        double allowed = 100 - c.availability();
        List<List<String>> rows = new ArrayList<>();
        rows.add(burn("Fast burn", 14.4, "1 h", "5 min", "2 %", allowed, "page"));
        rows.add(burn("Slow burn", 6, "6 h", "30 min", "5 %", allowed, "page"));
        rows.add(burn("Budget drain", 1, "3 days", "6 h", "10 %", allowed, "ticket"));
        rows.add(List.of("Latency", "p99 above " + c.latencyP99Ms() + " ms for 15 min", "ticket"));
        rows.add(List.of("Compute saturation", saturation(design.architecture().deployment()), "page"));
        rows.add(List.of("Database connections", "above 80 % of the connection budget for 10 min", "ticket"));
        rows.add(List.of("Database storage", "above 80 % of allocated storage", "ticket"));
        if (design.architecture().uses(Store.REDIS)) {
            rows.add(List.of("Cache memory", "above 90 % of maxmemory, or evictions rising", "ticket"));
        }
        design.architecture().messaging().ifPresent(m -> {
            for (Topic t : m.topics()) {
                rows.add(List.of(
                        "Dead letters: " + t.deadLetter(),
                        "depth above 0 for 5 min (" + t.name() + " failed " + t.maxAttempts() + " deliveries)",
                        "ticket"));
            }
            rows.add(List.of("Consumer lag", "oldest unprocessed event older than 5 min", "page"));
        });
        Recovery r = design.architecture().recovery();
        rows.add(List.of("Backup age", "no successful base backup for 26 h", "page"));
        rows.add(List.of(
                "Point-in-time recovery",
                "WAL archiving behind by more than " + r.rpoMinutes() + " min (the RPO)",
                "page"));
        return rows;
    }

    /** The name of the alert starting with {@code prefix} ("Fast burn (14.4×)"), if operations.md has one. */
    static Optional<String> named(Design design, String prefix) {
        return rows(design).stream()
                .map(r -> r.get(0))
                .filter(name -> name.startsWith(prefix))
                .findFirst();
    }

    private static String saturation(Deployment d) {
        return d.uniform()
                ? "CPU above 80 % for 15 min with " + d.maximums() + " replicas running"
                : "CPU above 80 % for 15 min on a deployable at its ceiling (" + d.maximums() + " replicas)";
    }

    private static List<String> burn(
            String name,
            double rate,
            String longWindow,
            String shortWindow,
            String spent,
            double allowed,
            String severity) {
        return List.of(
                name + " (" + Text.number(rate) + "×)",
                "error rate above " + Text.number(rate * allowed) + " % over " + longWindow + " and " + shortWindow
                        + " (" + spent + " of the monthly budget)",
                severity);
    }
}
