package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Topic;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessagingRuleTest {
    private static Broker broker(dev.archforge.design.requirements.Requirements r) {
        return Decide.architecture(r).messaging().orElseThrow().broker();
    }

    @Test
    void oneDeployableWithFewEventsUsesAPostgresqlQueue() {
        Decision d = Decide.decision(fitness(), "messaging");
        // a job table in the application's own PostgreSQL is no message broker, and the choice now says so
        assertThat(d.choice())
                .isEqualTo("No message broker: a PostgreSQL job queue with a transactional outbox; 1 topic with"
                        + " dead-letter queues after 5"
                        + " attempts");
        assertThat(d.rationale())
                .startsWith(
                        "Peak event rate is 2.8 events/s across 1 topic, plus background jobs" + " for notifications.");
        assertThat(d.drivers()).contains("events = 1", "features = [analytics, auth, notifications]");
        assertThat(Decide.architecture(fitness()).messaging())
                .contains(new Messaging(
                        Broker.POSTGRES_QUEUE,
                        List.of(new Topic(
                                "workout-completed",
                                "WorkoutCompleted",
                                "workouts",
                                List.of("analytics", "notifications"),
                                1,
                                5,
                                "workout-completed-dlq")),
                        true));
    }

    @Test
    void noEventsAndNoBackgroundWorkMeansNoMessaging() {
        assertThat(Decide.choice(Shapes.internalTool(), "messaging")).isEqualTo("No messaging");
        assertThat(Decide.architecture(Shapes.internalTool()).messaging()).isEqualTo(Optional.empty());
    }

    @Test
    void thousandsOfEventsPerSecondGoToKafkaWithPartitionsFromThePeak() {
        Messaging m = Decide.architecture(Shapes.telemetry()).messaging().orElseThrow();
        assertThat(m.broker()).isEqualTo(Broker.KAFKA);
        assertThat(m.topics().get(0).partitions()).isEqualTo(6);
        assertThat(Decide.decision(Shapes.telemetry(), "messaging").rationale())
                .contains("At 3,000 events/s the events form streams");
    }

    @Test
    void servicesOrMoreThanTwoHundredEventsPerSecondUseRabbitMq() {
        assertThat(broker(Shapes.saas())).isEqualTo(Broker.RABBITMQ);
        assertThat(broker(Shapes.chat())).isEqualTo(Broker.RABBITMQ);
        assertThat(Decide.decision(Shapes.chat(), "messaging").rationale())
                .contains("Above 200 events/s polling a table would compete with the writes it records");
    }
}
