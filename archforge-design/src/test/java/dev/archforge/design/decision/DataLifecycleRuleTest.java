package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.requirements.Scale;
import dev.archforge.design.testing.Shapes;
import dev.archforge.design.testing.Variants;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DataLifecycleRuleTest {
    @Test
    void tablesHeadingPastAHundredMillionRowsArePartitionedInTime() {
        Decision d = Decide.decision(fitness(), "data-lifecycle");
        assertThat(d.choice())
                .isEqualTo("Keep data 36 months, then expire it; monthly range partitions on created_at for"
                        + " exercise_sets (324,000,000 rows) from the first migration, the first passing 100,000,000 rows in ~12"
                        + " months;"
                        + " erasure of a person's data within 30 days of a request");
        assertThat(d.drivers())
                .containsExactly(
                        "scale.retention-months = 36",
                        "scale.daily-active-users = 60,000",
                        "constraints.compliance = [gdpr]");
    }

    @Test
    void smallTablesAreNotPartitionedAndNoGdprMeansNoErasureClause() {
        assertThat(Decide.choice(Shapes.internalTool(), "data-lifecycle"))
                .isEqualTo("Keep data 24 months, then expire it");
    }

    @Test
    void unlimitedRetentionIsSaid() {
        Scale s = fitness().scale();
        Decision d = Decide.decision(
                Variants.scale(
                        fitness(),
                        new Scale(
                                s.registeredUsers(),
                                1000,
                                s.actionsPerUserPerDay(),
                                s.peakFactor(),
                                OptionalDouble.empty(),
                                s.readPercent(),
                                s.payloadKb(),
                                0,
                                0)),
                "data-lifecycle");
        assertThat(d.choice())
                .isEqualTo("Keep data until deleted; erasure of a person's data within 30 days of a" + " request");
        assertThat(d.rationale()).startsWith("No retention limit is set");
    }
}
