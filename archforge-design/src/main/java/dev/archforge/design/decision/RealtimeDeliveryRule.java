package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Scale;

/**
 * How pushed updates reach connected clients: the connection count sets the tier. Open connections are
 * state, so past one instance's worth they live on a tier of their own, with a pub/sub bus to reach a
 * client connected to another instance, presence kept with a TTL, and mobile push for clients that are
 * not connected.
 */
@DecisionInfo(
        id = "realtime-delivery",
        area = Area.MESSAGING,
        title = "Realtime delivery",
        reads = {RequirementKey.FEATURES, RequirementKey.CONCURRENT_CONNECTIONS, RequirementKey.DAILY_ACTIVE_USERS})
public final class RealtimeDeliveryRule implements DecisionRule {
    /** Open WebSocket connections one 2-vCPU instance holds comfortably (memory and heartbeats). */
    static final long CONNECTIONS_PER_INSTANCE = 10_000;
    /** Share of daily active users connected at the peak when the count is not stated. */
    static final double CONNECTED_SHARE = 0.1;

    @Override
    public boolean applies(DesignContext context) {
        return context.has(Feature.REALTIME)
                || context.scale().concurrentConnections().isPresent();
    }

    @Override
    public Choice decide(DesignContext context) {
        Scale scale = context.scale();
        boolean stated = scale.concurrentConnections().isPresent();
        long connections = stated
                ? scale.concurrentConnections().getAsLong()
                : Math.max(1, Math.round(scale.dailyActiveUsers() * CONNECTED_SHARE));
        long instances = Math.max(1, Numbers.ceil((double) connections / CONNECTIONS_PER_INSTANCE));
        boolean push = context.has(Feature.NOTIFICATIONS) && Clients.mobile(context.requirements());
        Choice choice = Choice.of("")
                .driver(
                        stated ? RequirementKey.CONCURRENT_CONNECTIONS : RequirementKey.DAILY_ACTIVE_USERS,
                        stated ? connections : scale.dailyActiveUsers());
        String count = Numbers.format(connections) + " concurrent connections"
                + (stated ? "" : " (" + Numbers.percent(CONNECTED_SHARE * 100) + " of daily active users, assumed)");
        if (instances <= 1) {
            return choice.withChoice("WebSocket (SSE for one-way feeds) from the application instances; PostgreSQL"
                            + " LISTEN/NOTIFY to reach clients on other instances"
                            + (push ? "; APNs/FCM push for offline clients" : ""))
                    .because(count + " fit on one instance's " + Numbers.format(CONNECTIONS_PER_INSTANCE)
                            + ": the application serves them itself, and LISTEN/NOTIFY carries the few messages"
                            + " that must reach a client connected to another instance.")
                    .alternative(
                            "Separate WebSocket gateway tier",
                            "A service to run for " + Numbers.format(connections) + " connections one instance holds.")
                    .alternative(
                            "Managed realtime service (Pusher, Ably)",
                            "Per-connection pricing for a load"
                                    + " the application carries; another vendor in the data path.")
                    .tradeoff("Deploys drop connections: clients reconnect with backoff and catch up from the last"
                            + " event id they saw.")
                    .revisitWhen("When concurrent connections pass ~" + Numbers.format(CONNECTIONS_PER_INSTANCE)
                            + " (today " + Numbers.format(connections)
                            + "), move them to a gateway tier with Redis pub/sub fan-out.");
        }
        context.parts().addStore(Store.REDIS);
        long ceiling = instances * CONNECTIONS_PER_INSTANCE * 4;
        return choice.withChoice("WebSocket gateway tier: " + Numbers.format(connections) + " connections on "
                        + instances + " instances (" + Numbers.format(CONNECTIONS_PER_INSTANCE) + " each); Redis"
                        + " pub/sub fan-out across instances, presence in Redis with a TTL heartbeat"
                        + (push ? ", APNs/FCM push for offline clients" : ""))
                .because(count + " need ⌈" + Numbers.format(connections) + " ÷ "
                        + Numbers.format(CONNECTIONS_PER_INSTANCE) + "⌉ = " + instances
                        + " gateway instances. Connections are state: the gateway only holds sockets and"
                        + " subscribes to the channels of its clients on Redis pub/sub, so the API instances publish"
                        + " once and every gateway forwards to its own clients; presence is a Redis key per user"
                        + " refreshed by heartbeats and expiring after 60 s.")
                .alternative(
                        "Connections on the API instances",
                        "Deploys and autoscaling of the API would drop "
                                + Numbers.format(connections) + " sockets at once and the instances would scale on"
                                + " connection count instead of CPU.")
                .alternative(
                        "Managed realtime service (Pusher, Ably, API Gateway WebSockets)",
                        "Removes the tier but prices per connection-minute: at " + Numbers.format(connections)
                                + " connections it is usually the larger bill.")
                .tradeoff("Pub/sub is at-most-once: clients resume from the last event id and fetch what they"
                        + " missed over REST.")
                .tradeoff("Reconnect storms after a gateway deploy: roll gateways one at a time with jittered backoff.")
                .revisitWhen("When connections pass ~" + Numbers.format(ceiling) + " (today "
                        + Numbers.format(connections) + "), or a single channel's subscribers outgrow one Redis node,"
                        + " shard channels across Redis nodes or move fan-out to NATS or Kafka.");
    }
}
