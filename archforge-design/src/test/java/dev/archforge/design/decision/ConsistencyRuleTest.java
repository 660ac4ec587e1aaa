package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.testing.Shapes;
import org.junit.jupiter.api.Test;

class ConsistencyRuleTest {
    @Test
    void transactionsOutboxAndIdempotentCreates() {
        Decision d = Decide.decision(fitness(), "consistency");
        // since session 5 the rule also states that analytics read models trail the writes (eventual)
        assertThat(d.choice())
                .isEqualTo("ACID transactions within a component; transactional outbox between components;"
                        + " Idempotency-Key on POST for Workout, ExerciseSet;"
                        + " eventual consistency for analytics, seconds behind the writes");
        assertThat(d.alternatives().get(1).option())
                .isEqualTo("Synchronous calls between modules for cross-module changes");
    }

    @Test
    void servicesGetSagasAndPaymentsGetIdempotencyKeys() {
        Decision d = Decide.decision(Shapes.saas(), "consistency");
        assertThat(d.choice())
                .isEqualTo("ACID transactions within a component; transactional outbox between components;"
                        + " orchestrated sagas with compensations across services; Idempotency-Key on POST for"
                        + " Task, Invoice");
        assertThat(d.drivers()).contains("team.teams = 6");
    }

    @Test
    void highRateCreatesDeduplicateByNaturalKey() {
        // analytics read models trail the writes: stated since session 5
        assertThat(Decide.choice(Shapes.telemetry(), "consistency"))
                .isEqualTo("ACID transactions within a component; transactional outbox between components;"
                        + " natural-key deduplication for Reading;"
                        + " eventual consistency for analytics, seconds behind the writes");
    }

    @Test
    void noEventsNoOutbox() {
        assertThat(Decide.choice(Shapes.internalTool(), "consistency"))
                .isEqualTo("ACID transactions within a component; Idempotency-Key on POST for Ticket");
    }
}
