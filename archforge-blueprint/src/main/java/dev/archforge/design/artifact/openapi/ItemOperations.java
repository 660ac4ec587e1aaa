package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.domain.Idempotency;
import dev.archforge.design.artifact.domain.StateActions;
import dev.archforge.design.artifact.openapi.SharedComponents.ErrorResponse;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operations on one record: read it, change the fields a client owns (JSON merge patch), delete
 * it, and one action per lifecycle state ({@code POST /orders/{orderId}/cancel}), since the state is
 * the server's to move. Append-only records are only read. Under optimistic locking a read returns
 * the record's {@code ETag} and a change or delete requires it back in {@code If-Match}.
 */
final class ItemOperations {
    private final Resource r;
    private final List<Object> writeSecurity;
    private final List<String> children;

    /** @param children the plural words of the records nested under this one, deleted with it */
    ItemOperations(Resource r, List<Object> writeSecurity, List<String> children) {
        this.r = r;
        this.writeSecurity = writeSecurity;
        this.children = children;
    }

    void add(List<Object> readSecurity, Obj paths) {
        Entity e = r.entity();
        String pascal = Names.pascal(e.name());
        boolean locking = r.data().locking();
        Obj item = Obj.of().put("parameters", List.of(Obj.ref("parameters", r.idComponent())));
        item.put(
                "get",
                new Operation(
                                r.tag(),
                                "get" + pascal,
                                "Get " + EntitySchemas.article(r.singular()).toLowerCase(Locale.ROOT),
                                "Returns one " + r.singular() + visibility()
                                        + (locking && (r.updatable() || r.deletable())
                                                ? " Its ETag is the version a change must name in If-Match."
                                                : ""),
                                readSecurity,
                                List.of(),
                                Optional.empty(),
                                Responses.json(
                                        "200",
                                        "The " + r.singular() + ".",
                                        r.schema(),
                                        List.of(ErrorResponse.NOT_FOUND),
                                        locking))
                        .map());
        if (r.updatable()) {
            List<ErrorResponse> errors = new ArrayList<>(
                    List.of(ErrorResponse.BAD_REQUEST, ErrorResponse.NOT_FOUND, ErrorResponse.UNPROCESSABLE));
            if (e.fields().stream().anyMatch(f -> f.unique())) {
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
                                    "Changes the fields sent (JSON merge patch, RFC 7396)." + writers(),
                                    writeSecurity,
                                    ifMatch(),
                                    Optional.of(Responses.body(r.schema() + "Update", true)),
                                    Responses.json(
                                            "200",
                                            "The updated " + r.singular() + ".",
                                            r.schema(),
                                            preconditions(errors),
                                            locking))
                            .map());
        }
        if (r.deletable()) {
            item.put(
                    "delete",
                    new Operation(
                                    r.tag(),
                                    "delete" + pascal,
                                    "Delete "
                                            + EntitySchemas.article(r.singular())
                                                    .toLowerCase(Locale.ROOT),
                                    deleteDescription(),
                                    writeSecurity,
                                    ifMatch(),
                                    Optional.empty(),
                                    Responses.noContent("Deleted.", preconditions(List.of(ErrorResponse.NOT_FOUND))))
                            .map());
        }
        paths.put(r.itemPath(), item.map());
        if (r.writable() && !r.data().appendOnly()) {
            for (StateActions.Action a : StateActions.of(e)) {
                paths.put(
                        r.itemPath() + "/" + a.verb(),
                        Obj.of()
                                .put("parameters", List.of(Obj.ref("parameters", r.idComponent())))
                                .put("post", action(a).map())
                                .map());
            }
        }
    }

    private Operation action(StateActions.Action a) {
        String article = EntitySchemas.article(r.singular()).toLowerCase(Locale.ROOT);
        String state = Names.snake(a.state()).replace('_', ' ');
        String summary = a.verb().startsWith("mark-")
                ? "Mark " + article + " " + state
                : Operation.humanize(a.verb()) + " " + article;
        List<Object> parameters =
                Idempotency.movesMoney(a.verb()) ? List.of(Obj.ref("parameters", "IdempotencyKeyRequired")) : List.of();
        return new Operation(
                r.tag(),
                Names.camel(a.verb().replace('-', '_'))
                        + Names.pascal(r.entity().name()),
                summary,
                "Moves the " + r.singular() + " to " + a.state() + "; 409 when it cannot get there from its current"
                        + " state." + writers(),
                writeSecurity,
                parameters,
                Optional.empty(),
                Responses.json(
                        "200",
                        "The " + r.singular() + ", now " + state + ".",
                        r.schema(),
                        List.of(ErrorResponse.NOT_FOUND, ErrorResponse.CONFLICT),
                        r.data().locking()));
    }

    private List<Object> ifMatch() {
        return r.data().locking() ? List.of(Obj.ref("parameters", "IfMatch")) : List.of();
    }

    private List<ErrorResponse> preconditions(List<ErrorResponse> errors) {
        List<ErrorResponse> out = new ArrayList<>(errors);
        if (r.data().locking()) {
            out.add(ErrorResponse.PRECONDITION_FAILED);
            out.add(ErrorResponse.PRECONDITION_REQUIRED);
        }
        return out;
    }

    private String visibility() {
        if (r.entity().owner().isEmpty()) {
            return ".";
        }
        return r.mine() || r.parent().isPresent()
                ? "; only " + r.ownerAndAdmins() + " see it, anyone else gets 404."
                : ".";
    }

    private String deleteDescription() {
        String what = r.singular() + (children.isEmpty() ? "" : " and its " + String.join(" and ", children));
        return (r.entity().softDelete()
                        ? "Marks the " + what + " deleted: it disappears from every response and is kept for audit."
                        : "Deletes the " + what + ".")
                + writers();
    }

    /** Who may change a record: its owner (and admins, if there are any), or the roles that manage it. */
    private String writers() {
        return r.entity().owner().isPresent()
                ? " Only " + r.ownerAndAdmins() + "."
                : " Only " + String.join(", ", r.writeRoles()) + ".";
    }
}
