package dev.archforge.openapi.rules.structure;

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
import java.util.function.BiConsumer;

/** Where parameter objects are written: components, path items, operations. */
final class PathParameters {
    private PathParameters() {}

    /** Every parameter object written in place (not a {@code $ref}), each once. */
    static List<ObjectNode> definitions(ApiDocument api) {
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ObjectNode> out = new ArrayList<>();
        Optional<ObjectNode> components = api.version() == SpecVersion.SWAGGER_2
                ? api.root().object("parameters")
                : api.root().object("components").flatMap(c -> c.object("parameters"));
        components.ifPresent(c -> c.members().values().forEach(p -> {
            if (p instanceof ObjectNode o && !o.has("$ref") && seen.add(o)) {
                out.add(o);
            }
        }));
        forEachEntry(api, (template, entry) -> {
            if (entry instanceof ObjectNode o && !o.has("$ref") && seen.add(o)) {
                out.add(o);
            }
        });
        return out;
    }

    /**
     * Visits each entry of the {@code parameters} lists of path items and operations, as written
     * (possibly a {@code $ref}), with the path template it applies to; a path item shared through a
     * {@code $ref} is visited once.
     */
    static void forEachEntry(ApiDocument api, BiConsumer<String, Node> visitor) {
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        api.pathItems().forEach((path, item) -> {
            if (seen.add(item)) {
                item.array("parameters").ifPresent(a -> a.items().forEach(p -> visitor.accept(path, p)));
            }
        });
        for (Operation op : api.operations()) {
            if (seen.add(op.node())) {
                op.node().array("parameters").ifPresent(a -> a.items().forEach(p -> visitor.accept(op.path(), p)));
            }
        }
    }
}
