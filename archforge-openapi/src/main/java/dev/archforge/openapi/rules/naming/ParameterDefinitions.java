package dev.archforge.openapi.rules.naming;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every parameter object written in the document, each once: components, path items, operations. */
final class ParameterDefinitions {
    private ParameterDefinitions() {}

    static List<ObjectNode> of(ApiDocument api) {
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ObjectNode> out = new ArrayList<>();
        Optional<ObjectNode> components = api.version() == SpecVersion.SWAGGER_2
                ? api.root().object("parameters")
                : api.root().object("components").flatMap(c -> c.object("parameters"));
        components.ifPresent(c -> c.members().values().forEach(p -> add(p, seen, out)));
        for (ObjectNode item : api.pathItems().values()) {
            item.array("parameters").ifPresent(a -> a.items().forEach(p -> add(p, seen, out)));
        }
        for (Operation op : api.operations()) {
            op.node().array("parameters").ifPresent(a -> a.items().forEach(p -> add(p, seen, out)));
        }
        return out;
    }

    private static void add(Node node, Set<ObjectNode> seen, List<ObjectNode> out) {
        if (node instanceof ObjectNode o && !o.has("$ref") && seen.add(o)) {
            out.add(o);
        }
    }
}
