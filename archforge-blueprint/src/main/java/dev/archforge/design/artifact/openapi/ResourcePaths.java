package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.domain.Ownership;
import dev.archforge.design.artifact.openapi.SharedComponents.ErrorResponse;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paths of one resource: the collection ({@code GET} to list, {@code POST} to create, and a
 * batch create where the design batches them) and the item ({@code GET}, {@code PATCH},
 * {@code DELETE}, one {@code POST} per lifecycle action), with their schemas and parameters
 * registered as components.
 */
final class ResourcePaths {
    private final Access access;
    private final Components components;
    /** Entity name → the plural words of the entities nested under it, in requirements order. */
    private final Map<String, List<String>> children = new HashMap<>();

    ResourcePaths(Design design, Access access, Components components) {
        this.access = access;
        this.components = components;
        for (Entity other : design.requirements().entities()) {
            Ownership.parent(design.requirements(), other)
                    .ifPresent(p -> children.computeIfAbsent(p.target(), k -> new ArrayList<>())
                            .add(Names.plural(Names.snake(other.name())).replace('_', ' ')));
        }
    }

    void add(Resource r, Obj paths) {
        Entity e = r.entity();
        components.schema(r.schema(), EntitySchemas.response(e, r.parent()));
        components.schema(r.schema() + "Page", EntitySchemas.page(r.schema(), r.plural()));
        if (r.writable()) {
            components.schema(r.schema() + "Create", EntitySchemas.create(e, r.parent()));
            if (r.updatable()) {
                components.schema(r.schema() + "Update", EntitySchemas.update(e, r.parent()));
            }
        }
        components.parameter(
                r.idComponent(),
                Obj.of()
                        .put("name", r.idParameter())
                        .put("in", "path")
                        .put("required", true)
                        .put("description", "The id of the " + r.singular() + ".")
                        .put("schema", FieldSchemas.id().map())
                        .map());
        String read = r.collection() + ":read";
        String write = r.collection() + ":write";
        access.scope(read, "Read " + r.plural() + " (roles: " + String.join(", ", r.readRoles()) + ").");
        if (r.writable()) {
            access.scope(
                    write,
                    (r.updatable() || r.deletable() ? "Create, change and delete " : "Create ") + r.plural()
                            + " (roles: " + String.join(", ", r.writeRoles()) + ").");
        }
        List<Object> readSecurity = access.requirement(List.of(read), r.readRoles());
        List<Object> writeSecurity = access.requirement(List.of(write), r.writeRoles());

        Obj collection = Obj.of();
        r.parentIdComponent().ifPresent(p -> collection.put("parameters", List.of(Obj.ref("parameters", p))));
        List<ErrorResponse> nested = r.parent().isPresent() ? List.of(ErrorResponse.NOT_FOUND) : List.of();
        collection.put(
                "get",
                new Operation(
                                r.tag(),
                                listId(r),
                                r.lists().size() == 1
                                        ? Operation.humanize(r.lists().get(0).name())
                                        : "List " + (r.mine() ? "my " : "") + r.plural(),
                                listDescription(r),
                                readSecurity,
                                QueryParameters.of(r),
                                Optional.empty(),
                                Responses.json(
                                        "200",
                                        "A page of " + r.plural() + ".",
                                        r.schema() + "Page",
                                        Operation.plus(nested, ErrorResponse.BAD_REQUEST)))
                        .map());
        CreateOperations creates = new CreateOperations(components);
        if (r.writable()) {
            collection.put("post", creates.create(r, writeSecurity, nested).map());
        }
        paths.put(r.collectionPath(), collection.map());
        if (r.writable() && r.batched()) {
            Obj batch = Obj.of();
            r.parentIdComponent().ifPresent(p -> batch.put("parameters", List.of(Obj.ref("parameters", p))));
            batch.put("post", creates.batch(r, writeSecurity, nested).map());
            paths.put(r.collectionPath() + "/batch", batch.map());
        }
        new ItemOperations(r, writeSecurity, children.getOrDefault(e.name(), List.of())).add(readSecurity, paths);
    }

    private static String listId(Resource r) {
        if (r.lists().size() == 1) {
            return Names.camel(r.lists().get(0).name());
        }
        String plural = Names.pascal(Names.plural(Names.snake(r.entity().name())));
        return "list"
                + (r.mine()
                        ? "My"
                        : r.parent().map(p -> Names.pascal(p.target())).orElse("")) + plural;
    }

    private static String listDescription(Resource r) {
        String scope;
        if (r.parent().isPresent()) {
            String parent = Names.snake(r.parent().get().target()).replace('_', ' ');
            scope = "The " + r.plural() + " of one " + parent + "; 404 when the " + parent
                    + " does not exist or is not the caller's.";
        } else if (r.mine()) {
            scope = "The caller's own " + r.plural() + ".";
        } else {
            scope = "The " + r.plural() + " the caller may read.";
        }
        return scope + patterns(r.lists());
    }

    static String patterns(List<AccessPattern> patterns) {
        if (patterns.isEmpty()) {
            return "";
        }
        List<String> names = patterns.stream().map(AccessPattern::name).toList();
        return " Access pattern" + (names.size() > 1 ? "s " : " ") + String.join(", ", names) + ".";
    }
}
