package dev.archforge.openapi.rules.documentation;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Optional;

/** The {@code info} object and where to report what it lacks. */
final class InfoFields {
    private InfoFields() {}

    static Optional<ObjectNode> info(ApiDocument api) {
        return api.root().object("info");
    }

    /** The {@code info} node, or the root when there is none. */
    static Node anchor(ApiDocument api) {
        return api.root().get("info").orElse(api.root());
    }

    /** True when the object has a non-blank text member under one of the keys. */
    static boolean hasText(Optional<ObjectNode> object, String... keys) {
        for (String key : keys) {
            if (object.flatMap(o -> o.text(key)).filter(t -> !t.isBlank()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
