package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.domain.Ownership;
import dev.archforge.design.artifact.openapi.SharedComponents.ErrorResponse;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /me/export}, where GDPR applies: everything the system keeps about the caller (the
 * account and every record it owns) as one JSON document, for the rights of access and portability
 * (articles 15 and 20) that the lifecycle and security decisions promise beside erasure.
 */
final class DataExport {
    /** The most records of one kind an export holds, newest first. */
    static final int MAX_ITEMS = 100_000;

    private DataExport() {}

    static Operation operation(
            Design design, Entity account, String tag, Components components, List<Object> security) {
        String accountSchema = Names.pascal(account.name());
        Obj properties = Obj.of()
                .put(
                        "exportedAt",
                        Obj.of()
                                .put("type", "string")
                                .put("format", "date-time")
                                .put("readOnly", true)
                                .map())
                .put(Names.camel(account.name()), Obj.ref("schemas", accountSchema));
        List<String> required = new ArrayList<>(List.of("exportedAt", Names.camel(account.name())));
        List<String> owned = new ArrayList<>();
        for (Entity e : design.requirements().entities()) {
            boolean mine = Ownership.ownerRelation(e)
                    .filter(rel -> rel.target().equals(account.name()))
                    .isPresent();
            if (mine && !e.account()) {
                String property = Names.camel(Names.plural(Names.snake(e.name())));
                properties.put(
                        property,
                        Obj.of()
                                .put("type", "array")
                                .put("maxItems", MAX_ITEMS)
                                .put("items", Obj.ref("schemas", Names.pascal(e.name())))
                                .map());
                required.add(property);
                owned.add(Names.plural(Names.snake(e.name())).replace('_', ' '));
            }
        }
        components.schema(
                "DataExport",
                Obj.of()
                        .put("type", "object")
                        .put(
                                "description",
                                "Everything kept about one person, as of exportedAt; at most " + MAX_ITEMS
                                        + " records of a kind, newest first.")
                        .put("required", required)
                        .put("properties", properties.map())
                        .map());
        String words = Names.snake(account.name()).replace('_', ' ');
        return new Operation(
                tag,
                "exportMe",
                "Export my data",
                "The caller's " + words
                        + (owned.isEmpty() ? "" : " and everything they own (" + String.join(", ", owned) + ")")
                        + " as one JSON document: the right of access and to data portability (GDPR articles 15 and"
                        + " 20).",
                security,
                List.of(),
                Optional.empty(),
                Responses.json("200", "The caller's data.", "DataExport", List.of(ErrorResponse.TOO_MANY_REQUESTS)));
    }
}
