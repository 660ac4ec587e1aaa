package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Reports and dashboards over the system's own data. */
final class AnalyticsCapability {
    private AnalyticsCapability() {}

    static Capability capability() {
        return new Capability(
                "analytics",
                List.of(
                        "analytics",
                        "reporting",
                        "report",
                        "dashboard",
                        "insight",
                        "statistics",
                        "stats",
                        "chart",
                        "trend",
                        "kpi"),
                Parts.none()
                        .features(Feature.ANALYTICS)
                        .risks("Analytical queries over all history compete with user traffic: precompute"
                                + " aggregates or read them from a replica."));
    }
}
