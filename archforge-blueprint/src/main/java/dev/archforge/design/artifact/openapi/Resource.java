package dev.archforge.design.artifact.openapi;

import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Relation;
import java.util.List;
import java.util.Optional;

/**
 * One entity as the API exposes it: where its collection lives, which operations it has and who
 * may call them.
 *
 * @param tag the component (module) that owns the entity: the operations' tag
 * @param parent the relation the collection is nested under ({@code /workouts/{workoutId}/exercise-sets})
 * @param mine the collection holds the caller's own records, at {@code /me/<collection>}
 * @param writable clients create, update and delete records (else the server produces them)
 * @param lists the access patterns served by the collection's GET; {@code creates} by its POST
 * @param readRoles the roles that may read; {@code writeRoles} those that may write
 * @param admins the roles that act on every record, whoever owns it
 * @param data what the data decisions say about the entity
 */
record Resource(
        Entity entity,
        String tag,
        Optional<Relation> parent,
        boolean mine,
        boolean writable,
        List<AccessPattern> lists,
        List<AccessPattern> creates,
        List<String> readRoles,
        List<String> writeRoles,
        List<String> admins,
        Data data) {
    Resource {
        lists = List.copyOf(lists);
        creates = List.copyOf(creates);
        readRoles = List.copyOf(readRoles);
        writeRoles = List.copyOf(writeRoles);
        admins = List.copyOf(admins);
    }

    /**
     * The decisions about the entity's records the API keeps.
     *
     * @param appendOnly records are never changed or deleted through the API
     * @param locking changes require the ETag read last (optimistic locking)
     * @param keyed creates take an Idempotency-Key; {@code keyRequired} when a retry would move money twice
     * @param deduplicated retried creates are absorbed by a unique natural key
     * @param batched creates also come in batches
     */
    record Data(
            boolean appendOnly,
            boolean locking,
            boolean keyed,
            boolean keyRequired,
            boolean deduplicated,
            boolean batched) {}

    /** Clients change records with PATCH: writable, not append-only, with fields a client owns. */
    boolean updatable() {
        return writable && !data.appendOnly() && EntitySchemas.hasClientFields(entity, parent);
    }

    /** Clients delete records: writable and not append-only. */
    boolean deletable() {
        return writable && !data.appendOnly();
    }

    boolean batched() {
        return data.batched();
    }

    /** "its owner and admin", "its owner", in prose. */
    String ownerAndAdmins() {
        return "its owner" + (admins.isEmpty() ? "" : " and " + String.join(", ", admins));
    }

    String collection() {
        return Names.collection(entity.name());
    }

    /** The path parameter naming one record: {@code workoutId}. */
    String idParameter() {
        return Names.camel(entity.name()) + "Id";
    }

    /** The component name of the path parameter: {@code WorkoutId}. */
    String idComponent() {
        return Names.pascal(entity.name()) + "Id";
    }

    String schema() {
        return Names.pascal(entity.name());
    }

    /** {@code /workouts/{workoutId}/exercise-sets}, {@code /me/workouts} or {@code /plans}. */
    String collectionPath() {
        if (parent.isPresent()) {
            String target = parent.get().target();
            return "/" + Names.collection(target) + "/{" + Names.camel(target) + "Id}/" + collection();
        }
        return (mine ? "/me/" : "/") + collection();
    }

    /** The component name of the parent's path parameter, when the collection is nested. */
    Optional<String> parentIdComponent() {
        return parent.map(p -> Names.pascal(p.target()) + "Id");
    }

    String itemPath() {
        return "/" + collection() + "/{" + idParameter() + "}";
    }

    /** Lower-case words for prose: {@code exercise set}. */
    String singular() {
        return Names.snake(entity.name()).replace('_', ' ');
    }

    String plural() {
        return Names.plural(Names.snake(entity.name())).replace('_', ' ');
    }
}
