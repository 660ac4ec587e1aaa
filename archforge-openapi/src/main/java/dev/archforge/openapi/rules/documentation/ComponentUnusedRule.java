package dev.archforge.openapi.rules.documentation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A component nothing refers to is dead weight: readers study it, generators emit classes for it,
 * and it drifts out of date because nobody uses it. References from inside the component itself
 * do not count; discriminator mappings and allOf references to a discriminated base do.
 */
@RuleInfo(
        id = "api-component-unused",
        title = "Component is not referenced anywhere",
        severity = Severity.WARNING,
        category = Category.DOCUMENTATION,
        howToFix = "Remove the component, or reference it where it was meant to be used.")
public final class ComponentUnusedRule implements ApiRule {
    private static final List<String> OPENAPI_3 =
            List.of("schemas", "parameters", "responses", "requestBodies", "headers", "examples");
    private static final List<String> SWAGGER_2 = List.of("definitions", "parameters", "responses");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Map<Node, String> components = components(api);
        Set<Node> used = Collections.newSetFromMap(new IdentityHashMap<>());
        // the shared list of $ref objects (one in eight objects), then the discriminator mappings:
        // no capturing lambda per object of the document
        for (ObjectNode o : api.refs()) {
            markReference(api, o, o.text("$ref").orElseThrow(), components, used);
        }
        for (ObjectNode o : api.objects()) {
            markMapping(api, o, components, used);
        }
        components.forEach((component, ref) -> {
            if (!used.contains(component)) {
                context.report(component, "'" + ref + "' is not referenced anywhere");
            }
        });
    }

    /** Marks the component a reference uses, and the one whose allOf names a discriminated parent. */
    private static void markReference(
            ApiDocument api, ObjectNode o, String ref, Map<Node, String> components, Set<Node> used) {
        Optional<Node> target = target(api, o, ref, components);
        target.filter(c -> !inside(o, c)).ifPresent(used::add);
        if (target.flatMap(api::object).filter(t -> t.has("discriminator")).isPresent()) {
            o.parent()
                    .filter(list -> list.key().filter("allOf"::equals).isPresent())
                    .flatMap(list -> componentOf(list, components))
                    .ifPresent(used::add);
        }
    }

    /** Marks the components a discriminator's mapping names. */
    private static void markMapping(ApiDocument api, ObjectNode o, Map<Node, String> components, Set<Node> used) {
        if (!o.has("discriminator")) {
            return;
        }
        o.object("discriminator")
                .flatMap(d -> d.object("mapping"))
                .ifPresent(mapping -> mapping.members().values().forEach(v -> v.asText()
                        .map(name -> name.startsWith("#") ? name : schemasPrefix(api) + name)
                        .flatMap(ref -> target(api, v, ref, components))
                        .ifPresent(used::add)));
    }

    /** Every component of the kinds checked, with the reference that would point at it. */
    private static Map<Node, String> components(ApiDocument api) {
        Map<Node, String> out = new LinkedHashMap<>();
        boolean swagger = api.version() == SpecVersion.SWAGGER_2;
        Optional<ObjectNode> holder =
                swagger ? Optional.of(api.root()) : api.root().object("components");
        String prefix = swagger ? "#/" : "#/components/";
        for (String kind : swagger ? SWAGGER_2 : OPENAPI_3) {
            holder.flatMap(h -> h.object(kind)).ifPresent(map -> map.members().forEach((name, node) -> {
                if (!name.startsWith("x-")) {
                    out.put(node, prefix + kind + "/" + Node.escape(name));
                }
            }));
        }
        return out;
    }

    private static String schemasPrefix(ApiDocument api) {
        return api.version() == SpecVersion.SWAGGER_2 ? "#/definitions/" : "#/components/schemas/";
    }

    /** The component a local reference points into, if it is one of those checked. */
    private static Optional<Node> target(ApiDocument api, Node from, String ref, Map<Node, String> components) {
        if (!ref.startsWith("#")) {
            return Optional.empty();
        }
        return api.resolve(from, ref).target().flatMap(t -> componentOf(t, components));
    }

    // the two walks up below run for every reference: no Optional per step
    private static Optional<Node> componentOf(Node node, Map<Node, String> components) {
        for (Node n = node; n != null; n = n.parentOrNull()) {
            if (components.containsKey(n)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static boolean inside(Node node, Node component) {
        for (Node n = node; n != null; n = n.parentOrNull()) {
            if (n == component) {
                return true;
            }
        }
        return false;
    }
}
