package dev.archforge.design.consistency;

import dev.archforge.design.plan.Names;

/** Where the API puts an entity, by the names {@code plan.Names} derives for every artifact. */
final class Items {
    private Items() {}

    /** {@code /workouts/{workoutId}}. */
    static String path(String entity) {
        return "/" + Names.collection(entity) + "/{" + Names.camel(entity) + "Id}";
    }

    /** {@code Workout}. */
    static String schema(String entity) {
        return Names.pascal(entity);
    }
}
