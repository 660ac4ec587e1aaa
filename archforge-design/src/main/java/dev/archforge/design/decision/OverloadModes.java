package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Feature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Overloads other than a flash crowd, each with the way a senior architect sheds it: thousands of
 * clients reconnecting at once after an outage, inference that cannot scale as fast as requests
 * arrive, and one realtime room receiving more messages than its members can read.
 */
final class OverloadModes {
    /** Open connections from which a reconnect storm can overwhelm the connection tier. */
    static final long STORM_CONNECTIONS = 10_000;
    /** New connections one instance accepts per second during a storm. */
    static final long ADMITTED_PER_INSTANCE = 500;
    /** Messages per second into one stream from which it is throttled and sampled per parent. */
    static final double HOT_STREAM_RPS = 1_000;
    /** Messages per second one parent (a room, a channel) accepts in slow mode. */
    static final int SLOW_MODE_PER_SECOND = 20;

    private OverloadModes() {}

    /** One overload and its remedy: the choice's clause, its reason and what it costs. */
    record Mode(String clause, String reason, String tradeoff) {}

    static List<Mode> of(DesignContext context) {
        List<Mode> modes = new ArrayList<>();
        reconnects(context).ifPresent(modes::add);
        inference(context).ifPresent(modes::add);
        hotStream(context).ifPresent(modes::add);
        return modes;
    }

    private static long connections(DesignContext context) {
        var stated = context.scale().concurrentConnections();
        if (stated.isPresent()) {
            return stated.getAsLong();
        }
        return context.has(Feature.REALTIME)
                ? Math.round(context.scale().dailyActiveUsers() * RealtimeDeliveryRule.CONNECTED_SHARE)
                : 0;
    }

    private static Optional<Mode> reconnects(DesignContext context) {
        long connections = connections(context);
        if (connections < STORM_CONNECTIONS) {
            return Optional.empty();
        }
        long instances =
                Math.max(1, Numbers.ceil((double) connections / RealtimeDeliveryRule.CONNECTIONS_PER_INSTANCE));
        long admitted = instances * ADMITTED_PER_INSTANCE;
        long seconds = Numbers.ceil((double) connections / admitted);
        return Optional.of(new Mode(
                "reconnect storms absorbed by jittered exponential backoff (1 s doubling to 60 s) and admission of "
                        + Numbers.format(admitted) + " new connections/s",
                Numbers.format(connections) + " open connections all drop at once when an instance, a deploy or the"
                        + " network fails, and come back together: clients wait a random, doubling delay before"
                        + " reconnecting, and the connection tier admits " + Numbers.format(ADMITTED_PER_INSTANCE)
                        + " new connections/s per instance (" + Numbers.format(admitted) + "/s on " + instances
                        + "), refusing the rest with a retry hint, so everyone is back in about "
                        + Numbers.format(seconds) + " s instead of the storm taking the tier down again.",
                "After an outage the last of " + Numbers.format(connections) + " clients is back only after about "
                        + Numbers.format(seconds) + " s of refused attempts."));
    }

    private static Optional<Mode> inference(DesignContext context) {
        if (!context.has(Feature.MODEL_SERVING)) {
            return Optional.empty();
        }
        int deadline = context.constraints().latencyP99Ms();
        boolean tenants = context.has(Feature.MULTI_TENANCY);
        return Optional.of(new Mode(
                "inference admission: a " + Numbers.format(deadline) + " ms deadline with a fallback answer, priority"
                        + " queues" + (tenants ? " with a per-tenant fair share" : "") + ", background work shed first",
                "Model capacity is fixed for minutes at a time (instances with the model loaded start slowly), so"
                        + " excess requests queue in front of it: each request carries a " + Numbers.format(deadline)
                        + " ms deadline and gets a fallback answer (rules, a cached or default result) when the"
                        + " model cannot answer in time; interactive requests go before background ones"
                        + (tenants
                                ? ", and each tenant gets a fair share so one tenant's burst cannot starve the rest"
                                : "")
                        + ".",
                "Answers past the " + Numbers.format(deadline) + " ms deadline are the fallback's, less accurate than"
                        + " the model's: count them, and alert when they grow."));
    }

    private static Optional<Mode> hotStream(DesignContext context) {
        Optional<ReadModels.Stream> stream = ReadModels.orderedStream(context);
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        double rate = context.load().on(stream.get().entity()).stream()
                .filter(PatternLoad::isWrite)
                .mapToDouble(PatternLoad::peakRps)
                .sum();
        if (rate < HOT_STREAM_RPS) {
            return Optional.empty();
        }
        String parent = stream.get().parent();
        return Optional.of(new Mode(
                "slow mode per " + parent + " (at most " + SLOW_MODE_PER_SECOND + " "
                        + stream.get().entity() + " records/s each, the excess only sampled for fan-out)",
                Numbers.format(Numbers.round(rate)) + " " + stream.get().entity()
                        + " records/s arrive at peak; one busy "
                        + parent + " can receive more than its members can read or the fan-out can deliver, so each "
                        + parent + " accepts at most " + SLOW_MODE_PER_SECOND + " a second (throttled senders get"
                        + " 429 with Retry-After) and only a sample of the excess is fanned out while every record is"
                        + " still stored.",
                "In the busiest " + Names.plural(parent.toLowerCase(Locale.ROOT))
                        + " members see a sample of " + stream.get().entity()
                        + " records live and the rest only in history."));
    }
}
