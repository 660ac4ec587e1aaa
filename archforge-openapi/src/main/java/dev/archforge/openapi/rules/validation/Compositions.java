package dev.archforge.openapi.rules.validation;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.Nodes;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Schemas whose constraints are spread over several objects by {@code allOf}, {@code anyOf} or
 * {@code oneOf}: one part may require what another defines, and closing one part with
 * {@code additionalProperties: false} rejects the others' properties.
 */
final class Compositions {
    private static final Set<String> KEYWORDS = Set.of("allOf", "anyOf", "oneOf");

    private final Set<Node> parts = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The compositions of a document, collected once and shared by the rules that ask. */
    static Compositions of(ApiDocument api) {
        return api.derived(Compositions.class, Compositions::new);
    }

    /** Collects every schema an {@code allOf}, {@code anyOf} or {@code oneOf} refers to. */
    private Compositions(ApiDocument api) {
        Nodes.forEachRef(api, (ref, text) -> {
            if (ref.index() >= 0
                    && ref.parent()
                            .flatMap(Node::key)
                            .filter(KEYWORDS::contains)
                            .isPresent()) {
                parts.add(api.deref(ref));
            }
        });
    }

    /** True when the schema is composed, is an inline part of a composition, or is referenced as one. */
    boolean involves(ObjectNode schema) {
        return KEYWORDS.stream().anyMatch(schema::has) || inlinePart(schema) || parts.contains(schema);
    }

    private static boolean inlinePart(ObjectNode schema) {
        return schema.index() >= 0
                && schema.parent().flatMap(Node::key).filter(KEYWORDS::contains).isPresent();
    }
}
