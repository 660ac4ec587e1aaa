package dev.archforge.design.artifact.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.DesignVariants;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.SampleDesigns;
import org.junit.jupiter.api.Test;

class OwnershipTest {
    private final Requirements fitness = SampleDesigns.fitnessRequirements();

    private Entity entity(Requirements r, String name) {
        return r.entity(name).orElseThrow();
    }

    @Test
    void parentIsARequiredReferenceToARecordOfTheSameOwner() {
        assertThat(Ownership.parent(fitness, entity(fitness, "ExerciseSet")).map(Relation::name))
                .contains("workout");
        assertThat(Ownership.parent(fitness, entity(fitness, "Workout"))).isEmpty();
        assertThat(Ownership.parent(fitness, entity(fitness, "Plan"))).isEmpty();
    }

    @Test
    void aRequiredReferenceToSomeoneElsesRecordIsNotAParent() {
        Requirements payments = DesignVariants.payments().requirements();
        assertThat(Ownership.parent(payments, entity(payments, "Payment"))).isEmpty();
    }

    @Test
    void onDeleteFollowsOwnership() {
        Entity set = entity(fitness, "ExerciseSet");
        Entity workout = entity(fitness, "Workout");
        assertThat(Ownership.onDelete(fitness, set, set.relation("workout").orElseThrow()))
                .isEqualTo(OnDelete.CASCADE);
        assertThat(Ownership.onDelete(fitness, set, set.relation("member").orElseThrow()))
                .isEqualTo(OnDelete.CASCADE);
        assertThat(Ownership.onDelete(fitness, workout, workout.relation("plan").orElseThrow()))
                .isEqualTo(OnDelete.SET_NULL);
        Requirements payments = DesignVariants.payments().requirements();
        Entity payment = entity(payments, "Payment");
        assertThat(Ownership.onDelete(
                        payments, payment, payment.relation("plan").orElseThrow()))
                .isEqualTo(OnDelete.RESTRICT);
    }

    @Test
    void ownerActorIsTheActorNamedLikeTheOwnerRelation() {
        assertThat(Ownership.ownerActor(fitness, entity(fitness, "Plan")).map(Actor::name))
                .contains("coach");
        assertThat(Ownership.ownerActor(fitness, entity(fitness, "User"))).isEmpty();
    }

    @Test
    void secretsAreNeverReturnedAndSensitiveFieldsOnlyAccepted() {
        Entity user = entity(fitness, "User");
        assertThat(Secrets.isSecret(user.field("password_hash").orElseThrow())).isTrue();
        assertThat(Secrets.isSecret(user.field("birth_date").orElseThrow())).isFalse();
        assertThat(Secrets.hiddenInResponses(user.field("birth_date").orElseThrow()))
                .isTrue();
        assertThat(Secrets.hiddenInResponses(user.field("email").orElseThrow())).isFalse();
        assertThat(Secrets.isSecret(
                        entity(fitness, "Workout").field("started_at").orElseThrow()))
                .isFalse();
    }

    @Test
    void precisionKnowsItsLargestValue() {
        assertThat(FieldBounds.DECIMAL.largest()).isEqualTo("999999999.999");
        assertThat(new FieldBounds.Precision(5, 0).largest()).isEqualTo("99999");
    }
}
