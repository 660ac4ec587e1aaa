package dev.archforge.design.artifact.openapi;

import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Relation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters of a collection's GET: the cursor and limit of every list, then a filter for
 * each field or relation the access patterns filter on (a range for dates and times), and a
 * {@code q} for full-text search patterns, and a {@code sort} whose values are the orders the patterns
 * use, the first one the default. Filters the
 * path already fixes (the owner under {@code /me}, the parent of a nested collection) are left out.
 */
final class QueryParameters {
    private QueryParameters() {}

    static List<Object> of(Resource resource) {
        Entity entity = resource.entity();
        List<Object> out = new ArrayList<>();
        out.add(Obj.ref("parameters", "Cursor"));
        out.add(Obj.ref("parameters", "Limit"));
        Set<String> filters = new LinkedHashSet<>();
        resource.lists().forEach(p -> filters.addAll(p.filters()));
        for (String name : filters) {
            boolean fixedByPath = (resource.mine()
                            && entity.owner().filter(name::equals).isPresent())
                    || resource.parent().filter(p -> p.name().equals(name)).isPresent();
            if (!fixedByPath) {
                out.addAll(filter(entity, name));
            }
        }
        if (resource.lists().stream().anyMatch(p -> p.operation() == AccessPattern.Operation.SEARCH)) {
            out.add(query(
                    "q",
                    "Words to search for; records matching all of them are returned.",
                    Obj.of()
                            .put("type", "string")
                            .put("minLength", 1)
                            .put("maxLength", 200)
                            .map()));
        }
        sort(resource).ifPresent(out::add);
        return out;
    }

    private static List<Object> filter(Entity entity, String name) {
        Optional<Relation> relation = entity.relation(name);
        if (relation.isPresent()) {
            String property = EntitySchemas.property(relation.get());
            return List.of(query(
                    property,
                    "Only records of this " + Names.snake(name).replace('_', ' ') + ".",
                    FieldSchemas.id().map()));
        }
        if (name.equals("state") && !entity.states().isEmpty()) {
            return List.of(query(
                    "state",
                    "Only records in this lifecycle state.",
                    Obj.of().put("type", "string").put("enum", entity.states()).map()));
        }
        Optional<Field> field = entity.field(name);
        if (field.isEmpty()) {
            return List.of();
        }
        Field f = field.get();
        String property = Names.camel(f.name());
        if (f.type() == FieldType.DATE || f.type() == FieldType.TIMESTAMP) {
            Map<String, Object> schema = FieldSchemas.schema(f, false).map();
            return List.of(
                    query(property + "From", "Only records with " + property + " at or after this.", schema),
                    query(property + "To", "Only records with " + property + " before this.", schema));
        }
        return List.of(query(
                property,
                "Only records with this " + property + ".",
                FieldSchemas.schema(f, false).map()));
    }

    private static Optional<Object> sort(Resource resource) {
        List<String> orders = new ArrayList<>();
        for (AccessPattern p : resource.lists()) {
            p.sort().ifPresent(field -> {
                String order = (p.descending() ? "-" : "") + Names.camel(field);
                if (!orders.contains(order)) {
                    orders.add(order);
                }
            });
        }
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Obj.of()
                .put("name", "sort")
                .put("in", "query")
                .put("description", "Order of the items: a property name, with a leading '-' for descending.")
                .put(
                        "schema",
                        Obj.of()
                                .put("type", "string")
                                .put("enum", orders)
                                .put("default", orders.get(0))
                                .map())
                .map());
    }

    private static Map<String, Object> query(String name, String description, Map<String, Object> schema) {
        return Obj.of()
                .put("name", name)
                .put("in", "query")
                .put("description", description)
                .put("schema", schema)
                .map();
    }
}
