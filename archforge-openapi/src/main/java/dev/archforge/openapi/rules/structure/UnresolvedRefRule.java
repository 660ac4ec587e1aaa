package dev.archforge.openapi.rules.structure;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.RefResolver;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.Nodes;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code $ref} that leads nowhere: a missing component, a missing file, a wrong pointer, a file
 * outside the document's folder, or a cycle of references that never reaches a definition
 * ({@code A: $ref B}, {@code B: $ref A}), reported once per cycle.
 */
@RuleInfo(
        id = "api-ref-unresolved",
        title = "A $ref does not resolve",
        severity = Severity.ERROR,
        category = Category.STRUCTURE,
        howToFix = "Point the $ref at an existing component or file, or add the missing component.")
public final class UnresolvedRefRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Nodes.forEachRef(context.api(), (node, ref) -> {
            if (context.api().resolve(node, ref) instanceof RefResolver.Missing missing) {
                context.reportValue(node.get("$ref").orElseThrow(), "$ref " + missing.reason());
            }
        });
        reportCycles(context);
    }

    /**
     * Each reference has at most one next reference (its target, when the target is itself a
     * reference): a walk that colours what it has seen finds every cycle in one pass over the
     * references, however long the chains.
     */
    private static void reportCycles(ApiContext context) {
        ApiDocument api = context.api();
        IdentityHashMap<ObjectNode, Integer> state = new IdentityHashMap<>(); // 1 on the current walk, 2 done
        Nodes.forEachRef(api, (start, ignored) -> {
            List<ObjectNode> walk = new ArrayList<>();
            ObjectNode current = start;
            while (current != null && !state.containsKey(current)) {
                state.put(current, 1);
                walk.add(current);
                current = next(api, current).orElse(null);
            }
            if (current != null && Objects.equals(state.get(current), 1)) {
                List<ObjectNode> cycle = walk.subList(walk.indexOf(current), walk.size());
                report(context, cycle);
            }
            walk.forEach(n -> state.put(n, 2));
        });
    }

    private static Optional<ObjectNode> next(ApiDocument api, ObjectNode ref) {
        return ref.text("$ref")
                .flatMap(text -> api.resolve(ref, text).target())
                .flatMap(Node::asObject)
                .filter(o -> o.has("$ref"));
    }

    private static void report(ApiContext context, List<ObjectNode> cycle) {
        ObjectNode first = cycle.get(0);
        for (ObjectNode n : cycle) {
            if (n.location().compareTo(first.location()) < 0) {
                first = n;
            }
        }
        int at = cycle.indexOf(first);
        List<String> refs = new ArrayList<>();
        for (int i = 0; i <= cycle.size(); i++) {
            refs.add(cycle.get((at + i) % cycle.size()).text("$ref").orElseThrow());
        }
        context.reportValue(
                first.get("$ref").orElseThrow(),
                "$ref '" + refs.get(0) + "' is in a cycle of references that never reaches a definition: "
                        + String.join(" -> ", refs));
    }
}
