package dev.archforge.design.capacity;

import dev.archforge.design.plan.CapacityPlan.Section;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.plan.Store;
import java.util.List;
import java.util.stream.Collectors;

/** Pool size per instance, connections at the autoscaling ceiling against the budget, replicas. */
final class DatabaseSection {
    private static final String CONNECTIONS = "connections";

    private DatabaseSection() {}

    static Section build(PlanInput in) {
        int pool = Sizing.poolSize();
        Deployment deployment = in.architecture().deployment();
        int connections = deployment.totalMax() * pool;
        Quantity dbReads = DatabaseReads.peak(
                in.requirements(),
                in.load(),
                !in.architecture().cache().isEmpty(),
                in.architecture().uses(Store.OPENSEARCH));
        double reads = dbReads.value();
        int replicas = Sizing.readReplicasFor(reads);
        int standbys = Sizing.standbysFor(in.availability());
        int nodes = 1 + replicas;
        int budget = Sizing.connectionBudgetPerNode() * nodes;
        return new Section(
                "Database",
                List.of(
                        dbReads,
                        new Quantity(
                                "database.pool-size",
                                "Connection pool per instance",
                                pool,
                                CONNECTIONS,
                                Sizing.CORES_PER_INSTANCE + " cores × 2 + " + Sizing.EFFECTIVE_SPINDLES
                                        + " effective spindle (HikariCP)"),
                        new Quantity(
                                "database.connections-at-max",
                                "Connections at the autoscaling ceiling",
                                connections,
                                CONNECTIONS,
                                deployment.uniform()
                                        ? deployment.replicas().size()
                                                + (deployment.single() ? " deployable × " : " deployables × ")
                                                + deployment.maximums() + " replicas × " + pool + " connections"
                                        : "("
                                                + deployment.replicas().stream()
                                                        .map(r -> Integer.toString(r.max()))
                                                        .collect(Collectors.joining(" + "))
                                                + ") replicas at the ceilings × " + pool + " connections"),
                        new Quantity(
                                "database.read-replicas",
                                "Read replicas",
                                replicas,
                                "replicas",
                                "⌈" + Numbers.format(reads) + " read req/s ÷ "
                                        + Numbers.format(Sizing.DB_READ_RPS_PER_NODE) + " per node⌉ − 1 primary"),
                        new Quantity(
                                "database.standbys",
                                "Synchronous standbys",
                                standbys,
                                "standbys",
                                standbys > 0
                                        ? "one in a second zone for " + Numbers.percent(in.availability())
                                                + " availability (from 99.9 %)"
                                        : "none below 99.9 % availability"),
                        new Quantity(
                                "database.connection-budget",
                                "Connections the database nodes allow",
                                budget,
                                CONNECTIONS,
                                "(" + Sizing.DB_MAX_CONNECTIONS + " max_connections − " + Sizing.DB_RESERVED_CONNECTIONS
                                        + " reserved) × " + nodes + (nodes == 1 ? " node" : " nodes")),
                        new Quantity(
                                "database.connection-headroom",
                                "Connections left at the ceiling",
                                budget - connections,
                                CONNECTIONS,
                                budget + " budget − " + connections + " at the ceiling")));
    }
}
