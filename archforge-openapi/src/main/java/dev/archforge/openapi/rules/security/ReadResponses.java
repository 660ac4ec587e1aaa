package dev.archforge.openapi.rules.security;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.Nodes;
import dev.archforge.source.Node;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * What operations other than POST return: their response objects and every component those
 * reach through {@code $ref}s. A schema outside this set is only returned when something is
 * created, the one moment an API may reveal a generated secret.
 */
final class ReadResponses {
    private final Set<Node> reached = Collections.newSetFromMap(new IdentityHashMap<>());

    private ReadResponses(ApiDocument api) {
        Deque<Node> work = new ArrayDeque<>();
        for (Operation op : api.operations()) {
            if (!op.method().equals("post")) {
                op.responses().ifPresent(work::add);
            }
        }
        while (!work.isEmpty()) {
            Node n = work.pop();
            if (reached.add(n)) {
                Nodes.forEachRef(
                        n, (ref, text) -> api.resolve(ref, text).target().ifPresent(work::push));
            }
        }
    }

    static ReadResponses of(ApiDocument api) {
        return new ReadResponses(api);
    }

    /** True when the node is inside a response of a non-POST operation or a component one reaches. */
    boolean contains(Node node) {
        for (Optional<Node> n = Optional.of(node); n.isPresent(); n = n.get().parent()) {
            if (reached.contains(n.get())) {
                return true;
            }
        }
        return false;
    }
}
