package dev.archforge.design.decision;

import dev.archforge.design.capacity.DatabaseReads;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.RequirementKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Performance settings that follow from the numbers: connection pools sized from cores (HikariCP),
 * PgBouncer when the autoscaling ceiling would exceed the database's connection budget, cursor
 * pagination with a page cap, batch endpoints and batched inserts for frequent small writes (not
 * for chat messages, which are delivered one by one), and
 * statement timeouts from the latency target.
 */
@DecisionInfo(
        id = "performance",
        area = Area.PERFORMANCE,
        title = "Performance",
        reads = {
            RequirementKey.LATENCY,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.AVAILABILITY,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS,
            RequirementKey.READ_PERCENT
        })
public final class PerformanceRule implements DecisionRule {
    /** Creates per user per day from which a batch endpoint saves round trips. */
    static final double BATCH_PER_USER = 10;

    /** Peak creates per second from which clients send batches. */
    static final double BATCH_RPS = 100;

    static final int PAGE_DEFAULT = 20;
    static final int PAGE_MAX = 100;

    /** The list patterns by name, at most three, for prose. */
    private static String lists(DesignContext context) {
        List<String> names = context.requirements().accessPatterns().stream()
                .filter(p -> p.operation() == Operation.LIST || p.operation() == Operation.SEARCH)
                .map(p -> p.name())
                .toList();
        if (names.isEmpty()) {
            return "every list";
        }
        return names.size() <= 3 ? Text.and(names) : String.join(", ", names.subList(0, 3)) + " and the other lists";
    }

    @Override
    public Choice decide(DesignContext context) {
        Deployment deployment = context.parts().deployment();
        int pool = Sizing.poolSize();
        int connections = deployment.totalMax() * pool;
        int budget = Sizing.connectionBudgetPerNode()
                * (1
                        + DatabaseReads.replicas(
                                context.requirements(),
                                context.load(),
                                !context.parts().cache().isEmpty(),
                                context.parts().uses(Store.OPENSEARCH)));
        boolean bouncer = connections > budget;
        List<String> batched = new ArrayList<>();
        List<String> batchedEntities = new ArrayList<>();
        for (PatternLoad p : context.load().patterns()) {
            boolean chat = context.entity(p.pattern().entity())
                    .map(DomainTerms::isChat)
                    .orElse(false);
            if (p.pattern().operation() == Operation.CREATE
                    && !chat
                    && (p.pattern().perUserPerDay() >= BATCH_PER_USER || p.peakRps() >= BATCH_RPS)) {
                batched.add(p.pattern().name());
                if (!batchedEntities.contains(p.pattern().entity())) {
                    batchedEntities.add(p.pattern().entity());
                }
            }
        }
        context.parts().data(d -> d.withBatchCreates(batchedEntities));
        int latency = context.constraints().latencyP99Ms();
        int statementTimeout = Math.max(1000, 3 * latency);
        Choice choice = Choice.of("Pools of " + pool + " connections per instance"
                        + (bouncer ? " behind PgBouncer in transaction mode" : "")
                        + "; cursor pagination (" + PAGE_DEFAULT + " per page, at most " + PAGE_MAX + ")"
                        + (batched.isEmpty() ? "" : "; batch endpoints and JDBC batch inserts for " + Text.and(batched))
                        + "; statement_timeout " + Numbers.format(statementTimeout) + " ms")
                .driver(RequirementKey.LATENCY, latency)
                .driver(RequirementKey.AVAILABILITY, context.constraints().availability())
                .drivenByLoad(context.load())
                .because("A pool of " + Sizing.CORES_PER_INSTANCE + " cores × 2 + " + Sizing.EFFECTIVE_SPINDLES
                        + " = " + pool + " connections per instance keeps the database busy without queueing inside"
                        + " it (HikariCP's formula); at the "
                        + (deployment.uniform()
                                ? "ceiling of " + deployment.maximums() + " replicas"
                                        + (deployment.single()
                                                ? ""
                                                : " of " + deployment.replicas().size() + " deployables")
                                : "ceilings (" + deployment.maximums() + " replicas)")
                        + " that is " + connections
                        + " connections against a budget of " + budget + ".")
                .because("Lists use keyset (cursor) pagination on the index of their access pattern, so page 1,000"
                        + " costs what page 1 costs; pages are capped at " + PAGE_MAX + " items.")
                .because("Queries are cut off at " + Numbers.format(statementTimeout) + " ms (the p99 target is "
                        + Numbers.format(latency) + " ms), so one slow query cannot hold a connection the pool needs.");
        if (bouncer) {
            choice.because("The ceiling exceeds the budget, so PgBouncer multiplexes the application's"
                    + " connections onto a fixed number of server connections.");
        }
        if (!batched.isEmpty()) {
            choice.driver(
                            RequirementKey.ACCESS_PATTERNS,
                            context.requirements().accessPatterns().size())
                    .because(
                            "The " + Text.and(batched) + (batched.size() == 1 ? " pattern creates" : " patterns create")
                                    + " many small rows: clients send"
                                    + " them in batches (one request, one transaction, one JDBC batch) instead of one round"
                                    + " trip each.");
        }
        return choice.alternative(
                        "Large pools (50+ per instance)",
                        "More connections than cores make PostgreSQL slower, not faster, and exhaust max_connections"
                                + " as instances scale out.")
                .alternative(
                        "Offset pagination",
                        "OFFSET reads and discards every skipped row; deep pages get slower as tables grow.")
                .tradeoff("Cursor pagination cannot jump to page N: clients of " + lists(context)
                        + " page forward and back.")
                .tradeoff("Under bursts requests wait for one of an instance's " + pool
                        + " pooled connections rather than overloading the database.")
                .revisitWhen(
                        bouncer
                                ? "When PgBouncer's wait time passes ~10 ms at p99, add a read replica or a bigger primary."
                                : "When pool wait time passes ~10 ms at p99 or connections at the ceiling approach the"
                                        + " budget, add PgBouncer or a read replica.");
    }
}
