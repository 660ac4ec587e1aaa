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
        List<String> writeRoles) {
    Resource {
        lists = List.copyOf(lists);
        creates = List.copyOf(creates);
        readRoles = List.copyOf(readRoles);
        writeRoles = List.copyOf(writeRoles);
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
