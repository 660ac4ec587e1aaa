package dev.archforge.design.artifact.domain;

import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.Requirements;
import java.util.Optional;

/**
 * Who owns an entity's records and which record they are part of. The API nests a collection under
 * its parent and the schema cascades deletes along the same relations, so both derive them here.
 *
 * <p>The <em>parent</em> of an entity is its first required belongs-to relation, other than the
 * owner relation and the account, whose target is owned through the same relation name (an
 * {@code ExerciseSet} owned by {@code member} belongs to a {@code Workout} owned by {@code member}),
 * or any owned target when the entity has no owner of its own (ownership is inherited). A required
 * reference to a record someone else owns (an order's product) is a reference, not a parent.
 */
public final class Ownership {
    private Ownership() {}

    /** The relation through which a record belongs to a user, if the entity has one. */
    public static Optional<Relation> ownerRelation(Entity entity) {
        return entity.owner().flatMap(entity::relation);
    }

    /** The actor (role) who owns the records: the actor named like the owner relation, if there is one. */
    public static Optional<Actor> ownerActor(Requirements requirements, Entity entity) {
        return entity.owner().flatMap(requirements::actor);
    }

    /** The relation that makes a record part of another one, as described in the class comment. */
    public static Optional<Relation> parent(Requirements requirements, Entity entity) {
        for (Relation r : entity.relations()) {
            if (r.kind() != RelationKind.BELONGS_TO
                    || r.optional()
                    || r.target().equals(entity.name())
                    || entity.owner().filter(r.name()::equals).isPresent()) {
                continue;
            }
            Optional<Entity> target = requirements.entity(r.target());
            if (target.isEmpty() || target.get().account()) {
                continue;
            }
            boolean sameOwner = entity.owner().isPresent()
                    && entity.owner().equals(target.get().owner());
            boolean inherits = entity.owner().isEmpty() && target.get().owner().isPresent();
            if (sameOwner || inherits) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** What deleting the target of {@code relation} does to records of {@code entity}. */
    public static OnDelete onDelete(Requirements requirements, Entity entity, Relation relation) {
        boolean owner = entity.owner().filter(relation.name()::equals).isPresent();
        boolean parent = parent(requirements, entity)
                .filter(p -> p.name().equals(relation.name()))
                .isPresent();
        if (owner || parent) {
            return OnDelete.CASCADE;
        }
        return relation.optional() ? OnDelete.SET_NULL : OnDelete.RESTRICT;
    }
}
