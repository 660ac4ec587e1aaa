package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.domain.Ownership;
import dev.archforge.design.artifact.openapi.SharedComponents.ErrorResponse;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The paths of one resource: the collection ({@code GET} to list, {@code POST} to create) and the
 * item ({@code GET}, {@code PATCH}, {@code DELETE}), with their schemas and parameters registered
 * as components.
 */
final class ResourcePaths {
    /** Resources whose creation moves money: creating one twice is never harmless. */
    private static final Pattern MONEY = Pattern.compile(
            "(payment|charge|order|transfer|refund|payout|invoice|transaction|subscription|checkout)s?");

    private final Requirements requirements;
    private final Access access;
    private final Components components;
    /** Entity name → the plural words of the entities nested under it, in requirements order. */
    private final Map<String, List<String>> children = new HashMap<>();

    ResourcePaths(Requirements requirements, Access access, Components components) {
        this.requirements = requirements;
        this.access = access;
        this.components = components;
        for (Entity other : requirements.entities()) {
            Ownership.parent(requirements, other)
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
            components.schema(r.schema() + "Update", EntitySchemas.update(e, r.parent()));
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
                    "Create, change and delete " + r.plural() + " (roles: " + String.join(", ", r.writeRoles()) + ").");
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
                                        plus(nested, ErrorResponse.BAD_REQUEST)))
                        .map());
        if (r.writable()) {
            collection.put("post", create(r, writeSecurity, nested).map());
        }
        paths.put(r.collectionPath(), collection.map());

        String pascal = Names.pascal(e.name());
        Obj item = Obj.of().put("parameters", List.of(Obj.ref("parameters", r.idComponent())));
        item.put(
                "get",
                new Operation(
                                r.tag(),
                                "get" + pascal,
                                "Get " + EntitySchemas.article(r.singular()).toLowerCase(Locale.ROOT),
                                "Returns one " + r.singular() + visibility(r),
                                readSecurity,
                                List.of(),
                                Optional.empty(),
                                Responses.json(
                                        "200",
                                        "The " + r.singular() + ".",
                                        r.schema(),
                                        List.of(ErrorResponse.NOT_FOUND)))
                        .map());
        if (r.writable()) {
            boolean conflicts = !e.states().isEmpty() || e.fields().stream().anyMatch(f -> f.unique());
            List<ErrorResponse> errors = new ArrayList<>(
                    List.of(ErrorResponse.BAD_REQUEST, ErrorResponse.NOT_FOUND, ErrorResponse.UNPROCESSABLE));
            if (conflicts) {
                errors.add(ErrorResponse.CONFLICT);
            }
            item.put(
                    "patch",
                    new Operation(
                                    r.tag(),
                                    "update" + pascal,
                                    "Update "
                                            + EntitySchemas.article(r.singular())
                                                    .toLowerCase(Locale.ROOT),
                                    "Changes the fields sent (JSON merge patch, RFC 7396)." + writers(r),
                                    writeSecurity,
                                    List.of(),
                                    Optional.of(Responses.body(r.schema() + "Update", true)),
                                    Responses.json("200", "The updated " + r.singular() + ".", r.schema(), errors))
                            .map());
            item.put(
                    "delete",
                    new Operation(
                                    r.tag(),
                                    "delete" + pascal,
                                    "Delete "
                                            + EntitySchemas.article(r.singular())
                                                    .toLowerCase(Locale.ROOT),
                                    deleteDescription(r),
                                    writeSecurity,
                                    List.of(),
                                    Optional.empty(),
                                    Responses.noContent("Deleted.", List.of(ErrorResponse.NOT_FOUND)))
                            .map());
        }
        paths.put(r.itemPath(), item.map());
    }

    private Operation create(Resource r, List<Object> security, List<ErrorResponse> nested) {
        boolean money = MONEY.matcher(Names.kebab(r.entity().name())).matches();
        Map<String, Object> key = Obj.ref("parameters", money ? "IdempotencyKeyRequired" : "IdempotencyKey");
        String pascal = Names.pascal(r.entity().name());
        Optional<AccessPattern> only =
                r.creates().size() == 1 ? Optional.of(r.creates().get(0)) : Optional.empty();
        return new Operation(
                r.tag(),
                only.map(p -> Names.camel(p.name())).orElse("create" + pascal),
                only.map(p -> Operation.humanize(p.name()))
                        .orElse("Create " + EntitySchemas.article(r.singular()).toLowerCase(Locale.ROOT)),
                "Creates " + EntitySchemas.article(r.singular()).toLowerCase(Locale.ROOT)
                        + ownerSentence(r) + patterns(r.creates())
                        + " Send an Idempotency-Key so a retry after a timeout does not create it twice.",
                security,
                List.of(key),
                Optional.of(Responses.body(r.schema() + "Create", false)),
                Responses.json(
                        "201",
                        "Created; Location names the new " + r.singular() + ".",
                        r.schema(),
                        plus(nested, ErrorResponse.BAD_REQUEST, ErrorResponse.CONFLICT, ErrorResponse.UNPROCESSABLE)));
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

    private String listDescription(Resource r) {
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

    private String ownerSentence(Resource r) {
        return Ownership.ownerRelation(r.entity())
                .map(rel -> "; the caller is recorded as its "
                        + Names.snake(rel.name()).replace('_', ' ') + " (" + EntitySchemas.property(rel) + ").")
                .orElse(".");
    }

    private static String visibility(Resource r) {
        if (r.entity().owner().isEmpty()) {
            return ".";
        }
        return r.mine() || r.parent().isPresent() ? "; only its owner and admins see it, anyone else gets 404." : ".";
    }

    private String deleteDescription(Resource r) {
        List<String> children = this.children.getOrDefault(r.entity().name(), List.of());
        String what = r.singular() + (children.isEmpty() ? "" : " and its " + String.join(" and ", children));
        return (r.entity().softDelete()
                        ? "Marks the " + what + " deleted: it disappears from every response and is kept for audit."
                        : "Deletes the " + what + ".")
                + writers(r);
    }

    /** Who may change a record: its owner and admins, or the roles that manage records nobody owns. */
    private static String writers(Resource r) {
        return r.entity().owner().isPresent()
                ? " Only the owner and admins."
                : " Only " + String.join(", ", r.writeRoles()) + ".";
    }

    private static String patterns(List<AccessPattern> patterns) {
        if (patterns.isEmpty()) {
            return "";
        }
        List<String> names = patterns.stream().map(AccessPattern::name).toList();
        return " Access pattern" + (names.size() > 1 ? "s " : " ") + String.join(", ", names) + ".";
    }

    private static List<ErrorResponse> plus(List<ErrorResponse> base, ErrorResponse... more) {
        List<ErrorResponse> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }
}
