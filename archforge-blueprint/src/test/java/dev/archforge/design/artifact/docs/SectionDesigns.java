package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.Alternative;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Warning;
import dev.archforge.model.Location;
import java.util.List;

/** The doc-test fitness design with decisions whose revisit texts name thresholds, and a warning. */
final class SectionDesigns {
    private SectionDesigns() {}

    static Design withThresholds() {
        Design d = DocDesigns.fitness();
        List<Decision> decisions = List.of(
                decision(
                        "architecture-style",
                        Area.ARCHITECTURE,
                        "Architecture style",
                        "Modular monolith",
                        "Past ~3 independent teams, split the busiest module out."),
                decision(
                        "caching",
                        Area.CACHING,
                        "Caching",
                        "Redis cache-aside for published plans",
                        "When peak reads pass ~500 req/s or one shared resource is read more than ~50 times a second,"
                                + " add Redis cache-aside for it."),
                decision(
                        "messaging",
                        Area.MESSAGING,
                        "Messaging",
                        "PostgreSQL job queue",
                        "When events pass ~200 per second, move to RabbitMQ; past ~1,000 or when a consumer must"
                                + " replay history, to Kafka."),
                decision(
                        "availability-scaling",
                        Area.AVAILABILITY,
                        "Availability and scaling",
                        "2–6 replicas",
                        "When the sustained peak doubles (past ~194.4 req/s), the ceiling is reached, or the"
                                + " availability target changes: recompute replicas and zones."),
                decision(
                        "performance",
                        Area.PERFORMANCE,
                        "Performance",
                        "Pools of 5 connections",
                        "When pool wait time passes ~10 ms at p99 or connections at the ceiling approach the budget,"
                                + " add PgBouncer or a read replica."));
        return new Design(
                d.requirements(),
                decisions,
                d.architecture(),
                d.capacity(),
                List.of(new Warning(
                        "connections-exceed-budget",
                        Location.at("fitness.yaml", 12, 3),
                        "At the autoscaling ceiling the instances open 30 connections but the database allows 20")),
                d.questions());
    }

    private static Decision decision(String id, Area area, String title, String choice, String revisit) {
        return new Decision(
                id,
                area,
                title,
                choice,
                "Because.",
                List.of("team.size = 5"),
                List.of(new Alternative("Option A", "Not now."), new Alternative("Option B", "Not now either.")),
                List.of("A cost."),
                revisit);
    }
}
