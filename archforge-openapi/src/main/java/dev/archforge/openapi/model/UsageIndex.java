package dev.archforge.openapi.model;

import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which operations reach each reusable component, directly or through other components, and
 * whether through a request or a response. Built once: every operation's subtree is walked once to
 * find its references; the closure of each component over the component graph is computed once
 * and memoised as a bit set, so an operation's reach is a union of a few bit sets.
 */
final class UsageIndex {
    private static final Set<String> SWAGGER_COMPONENTS = Set.of("definitions", "parameters", "responses");

    private final ApiDocument api;
    private final IdentityHashMap<Node, List<Node>> edges = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Integer> ids = new IdentityHashMap<>();
    private final List<Node> byId = new ArrayList<>();
    private final List<@Nullable BitSet> closures = new ArrayList<>();
    private int[] counts = new int[64];
    private final BitSet inRequest = new BitSet();
    private final BitSet inResponse = new BitSet();

    UsageIndex(ApiDocument api) {
        this.api = api;
        build();
    }

    Usage usageOf(Node node) {
        Node component = componentOf(node);
        if (component == null) {
            return new Usage(1, false, false, false);
        }
        Integer id = ids.get(component);
        if (id == null) {
            return new Usage(0, false, false, true);
        }
        return new Usage(counts[id], inRequest.get(id), inResponse.get(id), true);
    }

    /**
     * One pass over the document's shared list of {@code $ref}s (no walk of its own): a reference
     * inside an operation is a direct use by that operation, through its request, its responses or
     * elsewhere; a reference inside a component is an edge of the component graph.
     */
    private void build() {
        List<Operation> ops = api.operations();
        IdentityHashMap<Node, Integer> opIndex = new IdentityHashMap<>(ops.size() * 2);
        IdentityHashMap<Node, List<Integer>> opsOfPathItem = new IdentityHashMap<>(ops.size() * 2);
        for (int i = 0; i < ops.size(); i++) {
            opIndex.put(ops.get(i).node(), i);
            opsOfPathItem
                    .computeIfAbsent(ops.get(i).pathItem(), k -> new ArrayList<>())
                    .add(i);
        }
        Uses uses = new Uses(opIndex, opsOfPathItem, lists(ops.size()), lists(ops.size()), lists(ops.size()));
        List<Node> chain = new ArrayList<>();
        for (ObjectNode ref : api.refs()) {
            // one call per reference, not a long loop body: a method called this often is compiled
            // after a few hundred references, while a loop in a method called once stays interpreted
            addReference(ref, uses, chain);
        }
        List<List<Node>> request = uses.request();
        List<List<Node>> response = uses.response();
        List<List<Node>> other = uses.other();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            if (!op.node().file().equals(api.file())) {
                // an operation written in another file (a path item $ref): walk it directly
                int at = i;
                op.node().get("requestBody").ifPresent(b -> collectRefs(b, request.get(at)));
                op.node().get("responses").ifPresent(r -> collectRefs(r, response.get(at)));
                op.node().get("parameters").ifPresent(p -> collectRefs(p, other.get(at)));
            }
        }
        for (int i = 0; i < ops.size(); i++) {
            BitSet req = reach(request.get(i));
            BitSet resp = reach(response.get(i));
            BitSet all = reach(other.get(i));
            all.or(req);
            all.or(resp);
            inRequest.or(req);
            inResponse.or(resp);
            if (counts.length < byId.size()) {
                counts = Arrays.copyOf(counts, Math.max(byId.size(), counts.length * 2));
            }
            for (int c = all.nextSetBit(0); c >= 0; c = all.nextSetBit(c + 1)) {
                counts[c]++;
            }
        }
    }

    /** The components each operation references directly, by the part of the operation that does. */
    private record Uses(
            Map<Node, Integer> opIndex,
            Map<Node, List<Integer>> opsOfPathItem,
            List<List<Node>> request,
            List<List<Node>> response,
            List<List<Node>> other) {}

    /**
     * Records one {@code $ref}: a use by the operation it sits in (or by every operation of the path
     * item whose parameters hold it), or an edge from the component it sits in.
     */
    private void addReference(ObjectNode ref, Uses uses, List<Node> chain) {
        Node target = api.resolve(ref, ref.text("$ref").orElseThrow()).target().orElse(null);
        Node targetComponent = target == null ? null : componentOf(target);
        if (targetComponent == null) {
            return;
        }
        chain.clear();
        for (Node n = ref; n != null; n = n.parentOrNull()) {
            chain.add(n);
        }
        Collections.reverse(chain);
        String top = chain.size() > 1 ? chain.get(1).key().orElse("") : "";
        if ("paths".equals(top) && chain.size() > 3) {
            Node third = chain.get(3);
            Integer op = uses.opIndex().get(third);
            if (op != null) {
                String part = chain.size() > 4 ? chain.get(4).key().orElse("") : "";
                List<List<Node>> into =
                        switch (part) {
                            case "requestBody" -> uses.request();
                            case "responses" -> uses.response();
                            case "parameters" -> isBodyParameter(chain, 5) ? uses.request() : uses.other();
                            default -> uses.other();
                        };
                into.get(op).add(targetComponent);
            } else if ("parameters".equals(third.key().orElse(""))) {
                List<List<Node>> into = isBodyParameter(chain, 4) ? uses.request() : uses.other();
                for (int i : uses.opsOfPathItem().getOrDefault(chain.get(2), List.of())) {
                    into.get(i).add(targetComponent);
                }
            }
        } else {
            Node source = componentOf(ref);
            if (source != null) {
                edges.computeIfAbsent(source, k -> new ArrayList<>()).add(targetComponent);
            }
        }
    }

    private static List<List<Node>> lists(int n) {
        List<List<Node>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /** A Swagger 2.0 {@code in: body} parameter is the request body. */
    private boolean isBodyParameter(List<Node> chain, int depth) {
        if (api.version() != SpecVersion.SWAGGER_2 || chain.size() <= depth) {
            return false;
        }
        return api.object(chain.get(depth))
                .flatMap(o -> o.text("in"))
                .filter("body"::equals)
                .isPresent();
    }

    /** The components reachable from these directly referenced ones, themselves included. */
    private BitSet reach(List<Node> starts) {
        BitSet out = new BitSet();
        for (Node start : starts) {
            out.or(closure(id(start)));
        }
        return out;
    }

    private int id(Node component) {
        Integer id = ids.get(component);
        if (id == null) {
            id = byId.size();
            ids.put(component, id);
            byId.add(component);
            closures.add(null);
        }
        return id;
    }

    /** Breadth-first over the component graph, reusing the closures already known. */
    private BitSet closure(int id) {
        BitSet cached = closures.get(id);
        if (cached != null) {
            return cached;
        }
        BitSet out = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(id);
        while (!queue.isEmpty()) {
            int c = queue.poll();
            if (out.get(c)) {
                continue;
            }
            BitSet known = closures.get(c);
            if (known != null) {
                out.or(known);
                continue;
            }
            out.set(c);
            for (Node next : edgesOf(byId.get(c))) {
                queue.add(id(next));
            }
        }
        closures.set(id, out);
        return out;
    }

    private List<Node> edgesOf(Node component) {
        List<Node> e = edges.get(component);
        if (e == null && component.file().equals(api.file())) {
            return List.of();
        }
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
     * The reusable component a node belongs to, or null when it is inline under {@code paths}. The
     * root and its descendants at depth 1 to 3 are all the decision needs: one walk to the root
     * counts the depth, and short walks fetch those ancestors (no array or {@code Optional} per
     * call: this runs for every {@code $ref}, every finding and many schemas).
     */
    private @Nullable Node componentOf(Node node) {
        int depth = 0;
        Node root = node;
        for (Node n = node.parentOrNull(); n != null; n = n.parentOrNull()) {
            root = n;
            depth++;
        }
        boolean external = !root.file().equals(api.file());
        if (depth >= 1) {
            String top = up(node, depth - 1).key().orElse("");
            if ("components".equals(top) && depth >= 3) {
                return up(node, depth - 3);
            }
            if ((external || api.version() == SpecVersion.SWAGGER_2)
                    && SWAGGER_COMPONENTS.contains(top)
                    && depth >= 2) {
                return up(node, depth - 2);
            }
        }
        return external ? root : null;
    }

    /** The ancestor {@code steps} levels above the node. */
    private static Node up(Node node, int steps) {
        Node n = node;
        for (int i = 0; i < steps; i++) {
            n = Objects.requireNonNull(n.parentOrNull());
        }
        return n;
    }
}
