package dev.archforge.design.decision;

import static dev.archforge.design.testing.Parts.pattern;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.patterns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerformanceRuleTest {
    @Test
    void poolsFromCoresAndBatchesForFrequentSmallCreates() {
        Decision d = Decide.decision(fitness(), "performance");
        assertThat(d.choice())
                .isEqualTo("Pools of 5 connections per instance; cursor pagination (20 per page, at most 100); batch"
                        + " endpoints and JDBC batch inserts for log-set; statement_timeout 1,000 ms");
        assertThat(d.rationale())
                .contains("at the ceiling of 4 replicas that is 20 connections against a budget of 90.");
    }

    @Test
    void batchingStartsAtTenCreatesPerUserPerDay() {
        var nine = patterns(
                fitness(),
                List.of(pattern("log-set", Operation.CREATE, "ExerciseSet", List.of(), Optional.empty(), 9, 0)));
        var ten = patterns(
                fitness(),
                List.of(pattern("log-set", Operation.CREATE, "ExerciseSet", List.of(), Optional.empty(), 10, 0)));
        assertThat(Decide.choice(nine, "performance")).doesNotContain("batch");
        assertThat(Decide.choice(ten, "performance")).contains("batch endpoints and JDBC batch inserts for log-set");
    }

    @Test
    void chatMessagesAreDeliveredOneByOneButReadingsArriveInBatches() {
        assertThat(Decide.choice(Shapes.chat(), "performance")).doesNotContain("batch");
        assertThat(Decide.choice(Shapes.telemetry(), "performance"))
                .contains("; batch endpoints and JDBC batch inserts for ingest-reading;");
    }

    @Test
    void connectionsBeyondTheBudgetGoThroughPgBouncer() {
        assertThat(Decide.choice(Shapes.marketplace(), "performance"))
                .startsWith("Pools of 5 connections per instance behind PgBouncer in transaction mode;");
        assertThat(Decide.decision(Shapes.marketplace(), "performance").rationale())
                .contains("at the ceiling of 84 replicas that is 420 connections against a budget of 180.");
    }
}
