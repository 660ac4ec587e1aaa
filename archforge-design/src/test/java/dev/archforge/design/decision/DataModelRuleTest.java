package dev.archforge.design.decision;

import static dev.archforge.design.testing.Variants.fitness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.testing.Shapes;
import org.junit.jupiter.api.Test;

class DataModelRuleTest {
    @Test
    void copiedOwnersAndReadModelsAreNamed() {
        Decision d = Decide.decision(fitness(), "data-model");
        assertThat(d.choice())
                .isEqualTo("Third normal form; deliberate denormalization: ExerciseSet.member, ProgressSnapshot");
        assertThat(d.rationale()).contains("The owner is copied onto children (ExerciseSet.member)");
        assertThat(d.alternatives().get(0).option()).isEqualTo("Fully normalized, no copies");
    }

    @Test
    void aSimpleModelStaysNormalized() {
        Decision d = Decide.decision(Shapes.internalTool(), "data-model");
        assertThat(d.choice()).isEqualTo("Third normal form, no denormalization");
        assertThat(d.alternatives().get(0).option()).isEqualTo("Read models and copied columns up front");
    }

    @Test
    void tenantScopedTablesCarryTheTenant() {
        Decision d = Decide.decision(Shapes.saas(), "data-model");
        assertThat(d.choice()).isEqualTo("Third normal form; deliberate denormalization: tenant_id on 6 tables");
        assertThat(d.drivers()).contains("features = [audit, auth, multi-tenancy, notifications, payments]");
    }
}
