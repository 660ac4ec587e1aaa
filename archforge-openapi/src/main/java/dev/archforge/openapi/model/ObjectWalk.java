package dev.archforge.openapi.model;

import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** The objects and the {@code $ref} objects of a document's root file, in document order, from one walk. */
record ObjectWalk(List<ObjectNode> objects, List<ObjectNode> refs) {
    /**
     * One iterative walk in document order that notes each object and, while it looks at the
     * object's members anyway, whether one is a {@code $ref} string: a second pass over 80,000
     * objects to look the key up again cost as much as the walk.
     */
    static ObjectWalk of(ObjectNode root) {
        List<ObjectNode> all = new ArrayList<>();
        List<ObjectNode> refs = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            // a call per node rather than a long loop body: this method runs once, so its loop
            // would stay interpreted, while a method called 90,000 times is soon compiled
            visit(stack.pop(), stack, all, refs);
        }
        return new ObjectWalk(Collections.unmodifiableList(all), Collections.unmodifiableList(refs));
    }

    /** Notes an object (and whether it is a reference) and pushes its collections, last first. */
    private static void visit(Node n, Deque<Node> stack, List<ObjectNode> all, List<ObjectNode> refs) {
        if (n instanceof ObjectNode o) {
            all.add(o);
            boolean ref = false;
            for (int i = o.size() - 1; i >= 0; i--) {
                Node child = o.valueAt(i);
                if (child instanceof ScalarNode s) {
                    ref |= s.kind() == ScalarNode.Kind.STRING && "$ref".equals(o.keyAt(i));
                } else {
                    stack.push(child);
                }
            }
            if (ref) {
                refs.add(o);
            }
        } else if (n instanceof ArrayNode a) {
            List<Node> items = a.items();
            for (int i = items.size() - 1; i >= 0; i--) {
                Node child = items.get(i);
                if (!(child instanceof ScalarNode)) {
                    stack.push(child);
                }
            }
        }
    }
}
