package dev.archforge.design;

import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Store;

/**
 * A rough monthly bill of an architecture at its minimum size, in US dollars at on-demand list prices
 * of small managed instances. Only good for spotting budgets that cannot pay for what the targets
 * need, never for quoting.
 */
final class Costs {
    static final int INSTANCE = 60;
    static final int DATABASE_NODE = 150;
    /** A small PaaS instance and database plan, or a function's share: the entry tiers. */
    static final int SMALL_INSTANCE = 25;

    static final int SMALL_DATABASE_NODE = 50;
    static final int REDIS = 50;
    static final int OPENSEARCH = 250;
    static final int OBJECT_STORAGE = 10;
    static final int KAFKA = 450;
    static final int RABBITMQ = 100;
    static final int KUBERNETES = 75;

    private Costs() {}

    /** Instances of every deployable at their minimum, database nodes, other stores and the broker. */
    static int minimumMonthly(Architecture a, double availability, int readReplicas) {
        Platform platform = a.deployment().platform();
        boolean small = platform == Platform.PAAS || platform == Platform.SERVERLESS;
        int cost = a.deployment().totalMin()
                * (small ? SMALL_INSTANCE : INSTANCE)
                * a.deployment().regions();
        cost += (1 + Sizing.standbysFor(availability) + readReplicas)
                * (small ? SMALL_DATABASE_NODE : DATABASE_NODE)
                * a.deployment().regions();
        if (a.uses(Store.REDIS)) {
            cost += REDIS;
        }
        if (a.uses(Store.OPENSEARCH)) {
            cost += OPENSEARCH;
        }
        if (a.uses(Store.OBJECT_STORAGE)) {
            cost += OBJECT_STORAGE;
        }
        Broker broker = a.messaging().map(m -> m.broker()).orElse(Broker.POSTGRES_QUEUE);
        if (broker == Broker.KAFKA) {
            cost += KAFKA;
        } else if (broker == Broker.RABBITMQ) {
            cost += RABBITMQ;
        }
        if (a.deployment().platform() == Platform.KUBERNETES) {
            cost += KUBERNETES;
        }
        return cost;
    }
}
