package dev.archforge.design.capacity;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitySizesTest {
    @Test
    void rowBytesAddTheHeaderAndEveryColumn() {
        Entity sets = fitness().entity("ExerciseSet").orElseThrow();
        assertThat(EntitySizes.columns(sets, false))
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("id", 16),
                        org.assertj.core.api.Assertions.entry("exercise", 41),
                        org.assertj.core.api.Assertions.entry("repetitions", 4),
                        org.assertj.core.api.Assertions.entry("weight_kg", 8),
                        org.assertj.core.api.Assertions.entry("position", 4),
                        org.assertj.core.api.Assertions.entry("workout_id", 16),
                        org.assertj.core.api.Assertions.entry("member_id", 16),
                        org.assertj.core.api.Assertions.entry("created_at", 8),
                        org.assertj.core.api.Assertions.entry("updated_at", 8));
        assertThat(EntitySizes.rowBytes(sets, false)).isEqualTo(149);
        assertThat(EntitySizes.rowBytes(sets, true)).isEqualTo(165);
        assertThat(EntitySizes.indexEntryBytes(sets, false, List.of("workout_id", "position")))
                .isEqualTo(36);
    }

    @Test
    void rowsFromGrowthFromCreatesOrOnePerUser() {
        Requirements fitness = fitness();
        Load load = Load.of(fitness);
        assertThat(EntitySizes.rows(fitness, load, fitness.entity("Workout").orElseThrow())
                        .value())
                .isEqualTo(25_920_000);
        assertThat(EntitySizes.rows(fitness, load, fitness.entity("User").orElseThrow())
                        .formula())
                .isEqualTo("500,000 registered users");
        Requirements telemetry = Shapes.telemetry();
        assertThat(EntitySizes.rows(
                                telemetry,
                                Load.of(telemetry),
                                telemetry.entity("Reading").orElseThrow())
                        .formula())
                .isEqualTo("2,000 creates/s × 2,592,000 s × 12 months retention");
        assertThat(EntitySizes.rowsPerMonth(
                        telemetry,
                        Load.of(telemetry),
                        telemetry.entity("Reading").orElseThrow()))
                .isEqualTo(5_184_000_000.0);
        assertThat(EntitySizes.rowsPerMonth(
                        fitness, load, fitness.entity("Plan").orElseThrow()))
                .isZero();
    }
}
