package dev.archforge.openapi.rules;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Generic walks over a node tree that many rules share. */
public final class Nodes {
    private Nodes() {}

    /** Visits every object under {@code start} (itself included), iteratively, in document order. */
    public static void forEachObject(Node start, Consumer<ObjectNode> visitor) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof ObjectNode o) {
                visitor.accept(o);
                pushReversed(stack, o.members().values().toArray(Node[]::new));
            } else if (n instanceof ArrayNode a) {
                pushReversed(stack, a.items().toArray(Node[]::new));
            }
        }
    }

    /** Visits every {@code $ref} object of the document with its reference text, from the shared index. */
    public static void forEachRef(ApiDocument api, BiConsumer<ObjectNode, String> visitor) {
        for (ObjectNode o : api.refs()) {
            visitor.accept(o, o.text("$ref").orElseThrow());
        }
    }

    /** Visits every {@code $ref} object under {@code start} with its reference text. */
    public static void forEachRef(Node start, BiConsumer<ObjectNode, String> visitor) {
        forEachObject(start, o -> o.text("$ref").ifPresent(ref -> visitor.accept(o, ref)));
    }

    private static void pushReversed(Deque<Node> stack, Node[] children) {
        for (int i = children.length - 1; i >= 0; i--) {
            if (!(children[i] instanceof ScalarNode)) {
                stack.push(children[i]);
            }
        }
    }
}
