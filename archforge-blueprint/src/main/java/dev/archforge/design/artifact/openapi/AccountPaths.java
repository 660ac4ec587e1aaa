package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.domain.Ownership;
import dev.archforge.design.artifact.openapi.SharedComponents.ErrorResponse;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The account entity's paths: {@code /me} for the caller's own account (read, change, erase), and
 * for admins {@code /users} and {@code /users/{userId}}. Accounts are not created through the API:
 * the identity provider signs users up and the account is provisioned on the first call.
 */
final class AccountPaths {
    private AccountPaths() {}

    static void add(Design design, Entity account, Access access, Components components, Obj paths) {
        Requirements r = design.requirements();
        String schema = Names.pascal(account.name());
        String collection = Names.collection(account.name());
        String words = Names.snake(account.name()).replace('_', ' ');
        String tag = design.architecture()
                .componentOf(account.name())
                .map(Component::name)
                .orElse(r.system().name());
        List<String> everyone =
                r.actors().stream().filter(a -> !a.external()).map(Actor::name).toList();
        List<String> admins = ResourcePlanner.admins(r);
        components.schema(schema, EntitySchemas.response(account, Optional.empty()));
        components.schema(schema + "Update", EntitySchemas.update(account, Optional.empty()));
        String read = collection + ":read";
        String write = collection + ":write";
        access.scope(read, "Read the caller's own " + words + " (roles: " + String.join(", ", everyone) + ").");
        access.scope(
                write, "Change or erase the caller's own " + words + " (roles: " + String.join(", ", everyone) + ").");
        boolean locking = design.architecture().data().optimisticLocking();
        Obj me = Obj.of();
        me.put(
                "get",
                new Operation(
                                tag,
                                "getMe",
                                "Get my " + words,
                                "The caller's own " + words
                                        + ", provisioned from the identity token on the first call.",
                                access.requirement(List.of(read), everyone),
                                List.of(),
                                Optional.empty(),
                                Responses.json("200", "The caller's " + words + ".", schema, List.of(), locking))
                        .map());
        List<ErrorResponse> patchErrors =
                new ArrayList<>(List.of(ErrorResponse.BAD_REQUEST, ErrorResponse.UNPROCESSABLE));
        if (account.fields().stream().anyMatch(f -> f.unique())) {
            patchErrors.add(ErrorResponse.CONFLICT);
        }
        if (locking) {
            patchErrors.add(ErrorResponse.PRECONDITION_FAILED);
            patchErrors.add(ErrorResponse.PRECONDITION_REQUIRED);
        }
        me.put(
                "patch",
                new Operation(
                                tag,
                                "updateMe",
                                "Update my " + words,
                                "Changes the fields sent (JSON merge patch, RFC 7396).",
                                access.requirement(List.of(write), everyone),
                                locking ? List.of(Obj.ref("parameters", "IfMatch")) : List.of(),
                                Optional.of(Responses.body(schema + "Update", true)),
                                Responses.json("200", "The updated " + words + ".", schema, patchErrors, locking))
                        .map());
        me.put(
                "delete",
                new Operation(
                                tag,
                                "deleteMe",
                                "Erase my " + words,
                                erasure(r, account, words),
                                access.requirement(List.of(write), everyone),
                                List.of(),
                                Optional.empty(),
                                Responses.noContent("Erased.", List.of()))
                        .map());
        paths.put("/me", me.map());
        if (r.constraints().requires("gdpr")) {
            paths.put(
                    "/me/export",
                    Obj.of()
                            .put(
                                    "get",
                                    DataExport.operation(
                                                    design,
                                                    account,
                                                    tag,
                                                    components,
                                                    access.requirement(List.of(read), everyone))
                                            .map())
                            .map());
        }
        if (admins.isEmpty()) {
            return;
        }
        access.scope(
                Access.ADMIN_SCOPE, "Act on every record, whoever owns it (roles: " + String.join(", ", admins) + ").");
        List<Object> adminOnly = access.requirement(List.of(read, Access.ADMIN_SCOPE), admins);
        String id = Names.camel(account.name()) + "Id";
        String idComponent = schema + "Id";
        components.schema(schema + "Page", EntitySchemas.page(schema, Names.plural(words)));
        components.parameter(
                idComponent,
                Obj.of()
                        .put("name", id)
                        .put("in", "path")
                        .put("required", true)
                        .put("description", "The id of the " + words + ".")
                        .put("schema", FieldSchemas.id().map())
                        .map());
        paths.put(
                "/" + collection,
                Obj.of()
                        .put(
                                "get",
                                new Operation(
                                                tag,
                                                "list" + Names.pascal(Names.plural(Names.snake(account.name()))),
                                                "List " + Names.plural(words),
                                                "Every " + words + ", for support and moderation. Admins only.",
                                                adminOnly,
                                                List.of(
                                                        Obj.ref("parameters", "Cursor"),
                                                        Obj.ref("parameters", "Limit")),
                                                Optional.empty(),
                                                Responses.json(
                                                        "200",
                                                        "A page of " + Names.plural(words) + ".",
                                                        schema + "Page",
                                                        List.of(ErrorResponse.BAD_REQUEST)))
                                        .map())
                        .map());
        paths.put(
                "/" + collection + "/{" + id + "}",
                Obj.of()
                        .put("parameters", List.of(Obj.ref("parameters", idComponent)))
                        .put(
                                "get",
                                new Operation(
                                                tag,
                                                "get" + schema,
                                                "Get "
                                                        + EntitySchemas.article(words)
                                                                .toLowerCase(java.util.Locale.ROOT),
                                                "One " + words + ", for support and moderation. Admins only.",
                                                adminOnly,
                                                List.of(),
                                                Optional.empty(),
                                                Responses.json(
                                                        "200",
                                                        "The " + words + ".",
                                                        schema,
                                                        List.of(ErrorResponse.NOT_FOUND),
                                                        design.architecture()
                                                                .data()
                                                                .optimisticLocking()))
                                        .map())
                        .map());
    }

    private static String erasure(Requirements r, Entity account, String words) {
        List<String> owned = new ArrayList<>();
        for (Entity e : r.entities()) {
            Ownership.ownerRelation(e)
                    .filter(rel -> rel.target().equals(account.name()))
                    .ifPresent(
                            rel -> owned.add(Names.plural(Names.snake(e.name())).replace('_', ' ')));
        }
        return "Erases the caller's " + words
                + (owned.isEmpty() ? "" : " and everything they own: " + String.join(", ", owned))
                + " (right to erasure). Cannot be undone.";
    }
}
