package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Machine actors ({@code external: true}) authenticate with API keys, as the authentication and API
 * style decisions say: the API declares an {@code apiKey} security scheme in a header, every
 * operation an access pattern of a machine uses accepts it, and the schema keeps the keys (hashed)
 * in an {@code api_keys} table.
 */
final class MachineActorsUseApiKeys implements Implication {
    @Override
    public String id() {
        return "machine-actors-use-api-keys";
    }

    @Override
    public String statement() {
        return "when an actor is another system, api/openapi.yaml has an apiKey security scheme that the operations"
                + " of its access patterns accept, and db/migration/V1__init.sql has an api_keys table";
    }

    @Override
    public boolean applies(Design design) {
        return design.requirements().actors().stream().anyMatch(Actor::external);
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        Set<String> keySchemes = files.api().securitySchemes().entrySet().stream()
                .filter(e -> "apiKey".equals(Api.map(e.getValue()).get("type"))
                        && "header".equals(Api.map(e.getValue()).get("in")))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (keySchemes.isEmpty()) {
            out.add("api/openapi.yaml declares no apiKey security scheme in a header");
        }
        if (files.sql().table("api_keys").isEmpty()) {
            out.add("db/migration/V1__init.sql has no table api_keys");
        }
        Set<String> machines = files.design().requirements().actors().stream()
                .filter(Actor::external)
                .map(Actor::name)
                .collect(Collectors.toSet());
        for (AccessPattern p : files.design().requirements().accessPatterns()) {
            if (!machines.contains(p.actor())) {
                continue;
            }
            List<Api.Op> ops = operations(files.api(), p);
            if (ops.isEmpty()) {
                out.add("no operation serves " + p.actor() + "'s access pattern " + p.name());
            }
            for (Api.Op op : ops) {
                boolean accepts =
                        op.security().stream().anyMatch(r -> r.keySet().stream().anyMatch(keySchemes::contains));
                if (!accepts) {
                    out.add(op + " (access pattern " + p.name() + " of " + p.actor() + ") does not accept an API key");
                }
            }
        }
        return out;
    }

    /** The operations that serve an access pattern, found by the entity's schemas and item path. */
    static List<Api.Op> operations(Api api, AccessPattern p) {
        String schema = Items.schema(p.entity());
        String item = Items.path(p.entity());
        return switch (p.operation()) {
            case CREATE -> api.creates(schema);
            case READ -> api.operation("get", item).stream().toList();
            case UPDATE ->
                api.onItem(item).stream()
                        .filter(o -> o.method().equals("patch") || o.method().equals("post"))
                        .toList();
            case DELETE -> api.operation("delete", item).stream().toList();
            case LIST, SEARCH ->
                api.operations().stream()
                        .filter(o -> o.method().equals("get"))
                        .filter(o -> ("#/components/schemas/" + schema + "Page").equals(responseRef(o)))
                        .toList();
        };
    }

    /** The {@code $ref} of the JSON body of an operation's 200 response. */
    private static Object responseRef(Api.Op op) {
        Map<String, Object> content =
                Api.map(op.response("200").orElse(Map.of()).get("content"));
        return Api.map(Api.map(content.get("application/json")).get("schema")).get("$ref");
    }
}
