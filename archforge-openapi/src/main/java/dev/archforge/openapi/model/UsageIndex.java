package dev.archforge.openapi.model;

import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which operations reach each reusable component, directly or through other components, and
 * whether through a request or a response. Built once: every node is walked once to find the
 * references, then a breadth-first search per operation runs over the component graph.
 */
final class UsageIndex {
    private static final Set<String> SWAGGER_COMPONENTS = Set.of("definitions", "parameters", "responses");

    private final ApiDocument api;
    private final Map<Node, List<Node>> edges = new IdentityHashMap<>();
    private final Map<Node, int[]> counts = new IdentityHashMap<>();
    private final Map<Node, boolean[]> roles = new IdentityHashMap<>();

    UsageIndex(ApiDocument api) {
        this.api = api;
        build();
    }

    Usage usageOf(Node node) {
        Node component = componentOf(node);
        if (component == null) {
            return new Usage(1, false, false, false);
        }
        int[] c = counts.get(component);
        boolean[] r = roles.get(component);
        return new Usage(c == null ? 0 : c[0], r != null && r[0], r != null && r[1], true);
    }

    private void build() {
        for (Operation op : api.operations()) {
            List<Node> request = new ArrayList<>();
            List<Node> response = new ArrayList<>();
            List<Node> other = new ArrayList<>();
            for (Map.Entry<String, Node> part : op.node().members().entrySet()) {
                List<Node> into =
                        switch (part.getKey()) {
                            case "requestBody" -> request;
                            case "responses" -> response;
                            default -> other;
                        };
                if ("parameters".equals(part.getKey()) && api.version() == SpecVersion.SWAGGER_2) {
                    swaggerParameters(part.getValue(), request, other);
                } else {
                    collectRefs(part.getValue(), into);
                }
            }
            op.pathItem().get("parameters").ifPresent(p -> collectRefs(p, other));
            Map<Node, Boolean> seen = new IdentityHashMap<>();
            reach(request, seen, 0);
            reach(response, seen, 1);
            reach(other, seen, -1);
            for (Node c : seen.keySet()) {
                counts.computeIfAbsent(c, k -> new int[1])[0]++;
            }
        }
    }

    private void swaggerParameters(Node params, List<Node> request, List<Node> other) {
        if (params instanceof ArrayNode list) {
            for (Node p : list.items()) {
                boolean body = api.object(p)
                        .flatMap(o -> o.text("in"))
                        .filter("body"::equals)
                        .isPresent();
                collectRefs(p, body ? request : other);
            }
        }
    }

    private void reach(List<Node> starts, Map<Node, Boolean> seen, int role) {
        Deque<Node> queue = new ArrayDeque<>(starts);
        Set<Node> local = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (!queue.isEmpty()) {
            Node c = queue.poll();
            if (!local.add(c)) {
                continue;
            }
            seen.put(c, Boolean.TRUE);
            if (role >= 0) {
                roles.computeIfAbsent(c, k -> new boolean[2])[role] = true;
            }
            queue.addAll(edgesOf(c));
        }
    }

    private List<Node> edgesOf(Node component) {
        List<Node> e = edges.get(component);
        if (e == null) {
            e = new ArrayList<>();
            edges.put(component, e);
            collectRefs(component, e);
        }
        return e;
    }

    /** Adds the components referenced anywhere under {@code start} to {@code into}. */
    private void collectRefs(Node start, List<Node> into) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof ObjectNode o) {
                Optional<String> ref = o.text("$ref");
                if (ref.isPresent()) {
                    api.resolve(o, ref.get()).target().map(this::componentOf).ifPresent(into::add);
                }
                for (Node child : o.members().values()) {
                    if (!(child instanceof dev.archforge.source.ScalarNode)) {
                        stack.push(child);
                    }
                }
            } else if (n instanceof ArrayNode a) {
                for (Node child : a.items()) {
                    stack.push(child);
                }
            }
        }
    }

    /**
     * The reusable component a node belongs to, or null when it is inline under {@code paths}. Walks
     * up without allocating: once to find the depth, then to the ancestors at depth 1 to 3.
     */
    private @Nullable Node componentOf(Node node) {
        int depth = 0;
        Node root = node;
        for (Optional<Node> p = node.parent(); p.isPresent(); p = p.get().parent()) {
            root = p.get();
            depth++;
        }
        boolean external = !root.file().equals(api.file());
        if (depth >= 1) {
            String top = ancestorAtDepth(node, depth, 1).key().orElse("");
            if ("components".equals(top) && depth >= 3) {
                return ancestorAtDepth(node, depth, 3);
            }
            if ((external || api.version() == SpecVersion.SWAGGER_2)
                    && SWAGGER_COMPONENTS.contains(top)
                    && depth >= 2) {
                return ancestorAtDepth(node, depth, 2);
            }
        }
        return external ? root : null;
    }

    private static Node ancestorAtDepth(Node node, int depth, int wanted) {
        Node n = node;
        for (int i = depth; i > wanted; i--) {
            n = n.parent().orElseThrow();
        }
        return n;
    }
}
