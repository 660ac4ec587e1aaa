package dev.archforge.design.requirements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names an entity answers to in filters and sorts: its fields, its relations, and the implicit
 * columns every entity has ({@code id}, {@code created_at}, {@code updated_at}), plus {@code state}
 * when it has states, {@code deleted_at} when it is soft-deleted and {@code tenant} under
 * multi-tenancy. Fields and relations may not take these names.
 */
final class Columns {
    private Columns() {}

    static List<String> implicit(boolean states, boolean softDelete, Set<Feature> features) {
        List<String> out = new ArrayList<>(List.of("id", "created_at", "updated_at"));
        if (states) {
            out.add("state");
        }
        if (softDelete) {
            out.add("deleted_at");
        }
        if (features.contains(Feature.MULTI_TENANCY)) {
            out.add("tenant");
        }
        return out;
    }

    /** Every name a filter or sort on {@code entity} may use, in a stable order. */
    static List<String> of(Entity entity, Set<Feature> features) {
        List<String> out = new ArrayList<>();
        out.add("id");
        entity.fields().forEach(f -> out.add(f.name()));
        entity.relations().forEach(r -> out.add(r.name()));
        for (String c : implicit(!entity.states().isEmpty(), entity.softDelete(), features)) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Reports fields and relations that reuse an implicit column, each other's name, or a key column. */
    static void checkClashes(
            String entity, List<Field> fields, List<Relation> relations, List<String> implicit, Section section) {
        Map<String, String> taken = new HashMap<>();
        for (String c : implicit) {
            taken.put(c, "the implicit column '" + c + "'");
            taken.put(c + "_id", "the implicit column '" + c + "'");
        }
        for (Relation r : relations) {
            String clash = taken.get(r.name());
            if (clash != null) {
                section.report(
                        r.location(), "relation '" + r.name() + "' of entity '" + entity + "' clashes with " + clash);
            }
            taken.putIfAbsent(r.name(), "relation '" + r.name() + "'");
            taken.putIfAbsent(r.name() + "_id", "the key column of relation '" + r.name() + "'");
        }
        for (Field f : fields) {
            String clash = taken.get(f.name());
            if (clash != null) {
                section.report(
                        f.location(), "field '" + f.name() + "' of entity '" + entity + "' clashes with " + clash);
            }
        }
    }
}
