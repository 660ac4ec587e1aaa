package dev.archforge.openapi.rules.documentation;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tags declared at the top level of a document. */
final class Tags {
    private Tags() {}

    /** The name node of each top-level tag, by name, in document order. */
    static Map<String, Node> declared(ApiDocument api) {
        Map<String, Node> out = new LinkedHashMap<>();
        api.root().array("tags").ifPresent(tags -> tags.items()
                .forEach(tag -> tag.asObject().flatMap(o -> o.get("name")).ifPresent(name -> name.asText()
                        .ifPresent(n -> out.putIfAbsent(n, name)))));
        return out;
    }
}
