package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * A kind of record the system keeps.
 *
 * @param name PascalCase singular ({@code Workout})
 * @param owner the relation name through which a record belongs to a user (row ownership), if any
 * @param states lifecycle states in order; the first is the initial state. Empty for no lifecycle
 * @param softDelete records are marked deleted rather than removed (audit, GDPR erasure by job)
 * @param account this entity is the one users sign in as
 * @param growthPerUserPerMonth new records per active user per month, for storage; 0 when unknown
 */
public record Entity(
        String name,
        String description,
        List<Field> fields,
        List<Relation> relations,
        Optional<String> owner,
        List<String> states,
        boolean softDelete,
        boolean account,
        double growthPerUserPerMonth,
        Location location) {
    public Entity {
        fields = List.copyOf(fields);
        relations = List.copyOf(relations);
        states = List.copyOf(states);
    }

    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public Optional<Relation> relation(String relationName) {
        return relations.stream().filter(r -> r.name().equals(relationName)).findFirst();
    }
}
