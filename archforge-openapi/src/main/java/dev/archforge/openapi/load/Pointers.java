package dev.archforge.openapi.load;

import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Optional;

/** RFC 6901 JSON pointer look-up in a node tree. */
public final class Pointers {
    private Pointers() {}

    public static Optional<Node> find(Node root, String pointer) {
        if (pointer.isEmpty() || "/".equals(pointer)) {
            return Optional.of(root);
        }
        if (!pointer.startsWith("/")) {
            return Optional.empty();
        }
        Node cur = root;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = Node.unescape(raw);
            if (cur instanceof ObjectNode o) {
                Optional<Node> next = o.get(token);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                cur = next.get();
            } else if (cur instanceof ArrayNode a) {
                try {
                    int i = Integer.parseInt(token);
                    if (i < 0 || i >= a.size()) {
                        return Optional.empty();
                    }
                    cur = a.items().get(i);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(cur);
    }
}
