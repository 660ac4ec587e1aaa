package dev.archforge.design.decision;

import dev.archforge.design.capacity.EventRates;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Style;
import dev.archforge.design.plan.Topic;
import dev.archforge.design.requirements.Event;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asynchronous messaging only when there is asynchronous work, on the smallest broker that carries
 * it: a PostgreSQL job queue fed by a transactional outbox for one deployable, RabbitMQ between
 * services, SQS for serverless on AWS, Kafka for event streams in the thousands per second. One topic
 * per event with a dead-letter queue; partitions from the peak rate.
 */
@DecisionInfo(
        id = "messaging",
        area = Area.MESSAGING,
        title = "Messaging",
        reads = {
            RequirementKey.EVENTS,
            RequirementKey.FEATURES,
            RequirementKey.ENTITIES,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS,
            RequirementKey.TEAMS,
            RequirementKey.HOSTING,
            RequirementKey.CLOUD
        })
public final class MessagingRule implements DecisionRule {
    /** Peak events per second from which a log-based broker is the right tool. */
    static final double STREAM_EVENTS = 1000;

    /** Peak events per second a PostgreSQL table queue carries without competing with the writes. */
    static final double QUEUE_EVENTS = 200;

    static final int MAX_ATTEMPTS = 5;

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        boolean jobs = req.has(Feature.NOTIFICATIONS) || req.has(Feature.PAYMENTS);
        Choice choice = Choice.of("")
                .driver(RequirementKey.EVENTS, req.events().size())
                .driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req));
        if (req.events().isEmpty() && !jobs) {
            context.parts().messaging(Optional.empty());
            return choice.withChoice("No messaging")
                    .because("No events are declared and no feature needs background work (notifications,"
                            + " payments): every request completes synchronously in one transaction.")
                    .alternative("PostgreSQL job queue", "Nothing to put on it yet.")
                    .alternative("RabbitMQ or Kafka", "A broker to run for zero messages.")
                    .tradeoff("Slow work added later (e-mails, exports) must not run inside requests.")
                    .tradeoff("No event history to build read models from.")
                    .revisitWhen("When the first event or background job appears, add a PostgreSQL job queue"
                            + " with a transactional outbox.");
        }
        double total = 0;
        List<Double> rates = new ArrayList<>();
        for (Event e : req.events()) {
            double rate = EventRates.peak(req, context.load(), e).value();
            rates.add(rate);
            total += rate;
        }
        total = Numbers.round(total);
        Style style = context.parts().style();
        boolean aws = !"on-premises".equals(context.constraints().hosting())
                && "aws".equals(context.constraints().cloud());
        Broker broker;
        if (total >= STREAM_EVENTS || (context.parts().uses(Store.TIMESCALEDB) && total >= STREAM_EVENTS / 2)) {
            broker = Broker.KAFKA;
        } else if (style == Style.SERVERLESS && aws) {
            broker = Broker.SQS;
        } else if (style.separatelyDeployed() || total > QUEUE_EVENTS) {
            broker = Broker.RABBITMQ;
        } else {
            broker = Broker.POSTGRES_QUEUE;
        }
        List<Topic> topics = new ArrayList<>();
        String system = req.system().name();
        for (int i = 0; i < req.events().size(); i++) {
            Event e = req.events().get(i);
            String name = EventRates.topic(e);
            topics.add(new Topic(
                    name,
                    e.name(),
                    context.componentOf(e.entity()).orElse(system),
                    e.consumers(),
                    broker == Broker.KAFKA ? Sizing.partitionsFor(rates.get(i)) : 1,
                    MAX_ATTEMPTS,
                    name + "-dlq"));
        }
        context.parts().messaging(Optional.of(new Messaging(broker, topics, true)));
        choice.withChoice((broker == Broker.POSTGRES_QUEUE ? "No message broker: a " : "")
                        + broker.title() + " with a transactional outbox; "
                        + Text.count(topics.size(), "topic", "topics")
                        + (topics.isEmpty() ? "" : " with dead-letter queues after " + MAX_ATTEMPTS + " attempts"))
                .drivenByLoad(context.load())
                .because("Peak event rate is " + Numbers.format(total) + " events/s across "
                        + Text.count(topics.size(), "topic", "topics")
                        + (jobs
                                ? ", plus background jobs for "
                                        + (req.has(Feature.NOTIFICATIONS) ? "notifications" : "payment webhooks")
                                : "")
                        + ".")
                .because("Events are written to an outbox table in the same transaction as the change and relayed"
                        + " after commit, so no event is lost or sent for a rolled-back change; consumers are"
                        + " idempotent and failed messages move to a dead-letter queue after " + MAX_ATTEMPTS
                        + " attempts.");
        switch (broker) {
            case POSTGRES_QUEUE ->
                choice.because("One deployable at this rate needs no broker: jobs are rows"
                                + " claimed with SELECT … FOR UPDATE SKIP LOCKED in the database it already runs.")
                        .alternative(
                                "RabbitMQ",
                                "A second stateful service to run, back up and monitor for " + Numbers.format(total)
                                        + " events/s that one table carries.")
                        .alternative(
                                "Kafka",
                                "Built for thousands of events per second and replay; operating it costs"
                                        + " more than this whole system's " + Numbers.format(total)
                                        + " events/s are worth.");
            case RABBITMQ ->
                choice.driver(RequirementKey.TEAMS, context.team().teams())
                        .because(
                                style.separatelyDeployed()
                                        ? "Separately deployed services need a broker they all reach without sharing a"
                                                + " database; RabbitMQ routes per-service queues with retries and dead-lettering."
                                        : "Above " + Numbers.format(QUEUE_EVENTS)
                                                + " events/s polling a table would compete"
                                                + " with the writes it records; RabbitMQ pushes to consumers with retries and"
                                                + " dead-lettering.")
                        .alternative(
                                "Kafka",
                                "Replay and ordering per key are not needed at " + Numbers.format(total)
                                        + " events/s; RabbitMQ is simpler to run.")
                        .alternative(
                                "PostgreSQL queue",
                                style.separatelyDeployed()
                                        ? "Services would share one database to exchange messages."
                                        : Numbers.format(total)
                                                + " events/s is past what a polled table carries comfortably.");
            case SQS ->
                choice.because("Serverless functions on AWS consume SQS natively; nothing to run.")
                        .alternative("RabbitMQ", "A server to run beside functions that are meant to replace servers.")
                        .alternative("Kafka", "Far beyond the event rate, and always on.");
            case KAFKA ->
                choice.because("At " + Numbers.format(total) + " events/s the events form streams that"
                                + " several consumers read at their own pace and may replay; Kafka partitions them ("
                                + Sizing.EVENTS_PER_PARTITION + " events/s per partition, at least 3) and keeps them.")
                        .alternative(
                                "RabbitMQ",
                                "Queues delete what they deliver: no replay for new consumers, and"
                                        + " throughput per queue tops out below " + Numbers.format(total)
                                        + " events/s.")
                        .alternative(
                                "PostgreSQL queue",
                                "Polling a table at " + Numbers.format(total)
                                        + " events/s would compete with the writes it records.");
        }
        List<String> consumers =
                topics.stream().flatMap(t -> t.consumers().stream()).distinct().toList();
        return choice.tradeoff((consumers.isEmpty() ? "Background jobs" : Text.capitalize(Text.and(consumers)))
                        + " see events after the commit, eventually: a read right after a write may not reflect"
                        + " its consequences yet.")
                .tradeoff(
                        consumers.isEmpty()
                                ? "Every background job must be idempotent: the outbox delivers at least once."
                                : "Every consumer (" + Text.and(consumers)
                                        + ") must be idempotent: the outbox delivers at least once.")
                .revisitWhen(
                        broker == Broker.KAFKA
                                ? "If the event rate falls below ~" + Numbers.format(STREAM_EVENTS / 2)
                                        + " events/s and nobody replays, a simpler broker would do."
                                : broker == Broker.POSTGRES_QUEUE
                                        ? "When events pass ~" + Numbers.format(QUEUE_EVENTS)
                                                + " per second, move to RabbitMQ;"
                                                + " past ~" + Numbers.format(STREAM_EVENTS)
                                                + " or when a consumer must replay"
                                                + " history, to Kafka."
                                        : "When events pass ~" + Numbers.format(STREAM_EVENTS)
                                                + " per second or a consumer"
                                                + " needs to replay history, move the streams to Kafka.");
    }
}
