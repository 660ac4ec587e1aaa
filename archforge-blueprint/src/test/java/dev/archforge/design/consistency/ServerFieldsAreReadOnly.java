package dev.archforge.design.consistency;

import dev.archforge.design.artifact.domain.Ownership;
import dev.archforge.design.artifact.domain.ServerFields;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the server controls is never written by a client: the id, the owner, the lifecycle state,
 * the timestamps and computed totals are {@code readOnly} in an entity's response schema and absent
 * from its create and update schemas.
 */
final class ServerFieldsAreReadOnly implements Implication {
    @Override
    public String id() {
        return "server-fields-are-read-only";
    }

    @Override
    public String statement() {
        return "for every entity in api/openapi.yaml, id, owner, state, createdAt, updatedAt and computed totals are"
                + " readOnly in its schema and absent from its Create and Update schemas";
    }

    @Override
    public boolean applies(Design design) {
        return !design.requirements().entities().isEmpty();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        for (Entity e : files.design().requirements().entities()) {
            String schema = Items.schema(e.name());
            if (files.api().schema(schema).isEmpty()) {
                continue;
            }
            List<String> server = new ArrayList<>(List.of("id", "createdAt", "updatedAt"));
            if (!e.states().isEmpty()) {
                server.add("state");
            }
            Ownership.ownerRelation(e).ifPresent(r -> server.add(Names.camel(r.name()) + "Id"));
            for (Field f : e.fields()) {
                if (ServerFields.computed(f)) {
                    server.add(Names.camel(f.name()));
                }
            }
            Map<String, Object> response =
                    Api.map(files.api().schema(schema).get().get("properties"));
            for (String p : server) {
                if (response.containsKey(p)
                        && !Boolean.TRUE.equals(Api.map(response.get(p)).get("readOnly"))) {
                    out.add("schema " + schema + " property " + p + " is not readOnly");
                }
            }
            for (String request : List.of(schema + "Create", schema + "Update")) {
                files.api().schema(request).ifPresent(s -> {
                    for (String p : server) {
                        if (Api.map(s.get("properties")).containsKey(p)) {
                            out.add("schema " + request + " lets a client set " + p);
                        }
                    }
                });
            }
        }
        return out;
    }
}
