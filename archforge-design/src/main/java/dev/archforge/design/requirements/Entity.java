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
 * @param appendOnly records are never changed or deleted once written (readings, postings, audit entries)
 * @param retention how long its records are kept when it differs from {@code scale.retention-months}
 * @param naturalKey the fields or relations that identify a record: a unique key, so duplicates are refused
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
        Location location,
        boolean appendOnly,
        Optional<Retention> retention,
        List<String> naturalKey) {
    public Entity {
        fields = List.copyOf(fields);
        relations = List.copyOf(relations);
        states = List.copyOf(states);
        naturalKey = List.copyOf(naturalKey);
    }

    /** An entity without the keys added in the second format: changeable, default retention, no natural key. */
    public Entity(
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
        this(
                name,
                description,
                fields,
                relations,
                owner,
                states,
                softDelete,
                account,
                growthPerUserPerMonth,
                location,
                false,
                Optional.empty(),
                List.of());
    }

    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public Optional<Relation> relation(String relationName) {
        return relations.stream().filter(r -> r.name().equals(relationName)).findFirst();
    }
}
