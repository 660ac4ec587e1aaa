package dev.archforge.openapi.rules.security;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Lookups the security rules share: names, schema roles, schemes and security requirements. */
final class SecuritySupport {
    private static final Set<String> COMPOSITION = Set.of("allOf", "anyOf", "oneOf");

    private SecuritySupport() {}

    /** A name lower-cased without separators, so {@code client_secret}, {@code clientSecret} and {@code Client-Secret} match. */
    static String norm(String name) {
        // a char loop instead of replaceAll("[^a-z0-9]", ""): this runs for every property name
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The words of a path segment or name: {@code oauth2/token#refresh} gives oauth2, token, refresh. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** True when the schema is sent by clients: inline in a request body, or a component reached from one. */
    static boolean isRequest(ApiDocument api, SchemaSite site) {
        return site.role() == SchemaSite.Role.REQUEST
                || (site.role() == SchemaSite.Role.COMPONENT
                        && api.usage(site.schema()).inRequest());
    }

    /** True when the schema is returned: inline in a response, or a component reached from one. */
    static boolean isResponse(ApiDocument api, SchemaSite site) {
        return site.role() == SchemaSite.Role.RESPONSE
                || (site.role() == SchemaSite.Role.COMPONENT
                        && api.usage(site.schema()).inResponse());
    }

    /**
     * True when a schema sets a boolean keyword such as {@code readOnly}: on itself, on the schema its
     * {@code $ref} leads to, or on one of its {@code allOf} members.
     */
    static boolean hasFlag(ApiDocument api, Node schema, String keyword) {
        if (schema instanceof ObjectNode o && o.isTrue(keyword)) {
            return true;
        }
        Optional<ObjectNode> target = api.object(schema);
        if (target.isEmpty()) {
            return false;
        }
        if (target.get().isTrue(keyword)) {
            return true;
        }
        return target.get().array("allOf").stream()
                .flatMap(a -> a.items().stream())
                .anyMatch(member ->
                        api.object(member).filter(m -> m.isTrue(keyword)).isPresent());
    }

    /** True when the schema or a schema it is nested in is {@code keyword: true}, such as {@code readOnly}. */
    static boolean underFlag(ObjectNode schema, String keyword) {
        // runs for most schemas of the document, up to the root: no Optional per step
        for (Node n = schema; n != null; n = n.parentOrNull()) {
            if (n instanceof ObjectNode o && o.isTrue(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code type} of a schema, or one of its types when it is a 3.1 type list. */
    static boolean hasType(ObjectNode schema, String type) {
        Optional<Node> t = schema.get("type");
        if (t.isEmpty()) {
            return false;
        }
        return t.get().asText().map(type::equals).orElse(false)
                || t.get().asArray().map(a -> a.texts().contains(type)).orElse(false);
    }

    /** The security scheme with this name, resolved. */
    static Optional<ObjectNode> scheme(ApiDocument api, String name) {
        return Optional.ofNullable(api.securitySchemes().get(name)).flatMap(api::object);
    }

    static String type(ObjectNode scheme) {
        return scheme.text("type").orElse("").toLowerCase(Locale.ROOT);
    }

    /** The scopes an OAuth2 scheme defines: {@code scopes} (2.0) or the union over its {@code flows} (3.x). */
    static Set<String> definedScopes(ApiDocument api, ObjectNode scheme) {
        Set<String> out = new LinkedHashSet<>();
        if (api.version() == SpecVersion.SWAGGER_2) {
            scheme.object("scopes").ifPresent(s -> out.addAll(s.members().keySet()));
        } else {
            scheme.object("flows").ifPresent(flows -> flows.members().values().forEach(flow -> flow.asObject()
                    .flatMap(f -> f.object("scopes"))
                    .ifPresent(s -> out.addAll(s.members().keySet()))));
        }
        return out;
    }

    /**
     * Every security requirement list written in the document, each once: the root one and those of
     * operations (including webhooks and callbacks).
     */
    static List<ArrayNode> securityLists(ApiDocument api) {
        List<ArrayNode> out = new ArrayList<>();
        api.root().array("security").ifPresent(out::add);
        api.objects().forEach(o -> {
            if (o != api.root() && o.has("responses")) {
                o.array("security").ifPresent(out::add);
            }
        });
        return out;
    }

    /** True when some operation or the document requires a credential through a named scheme. */
    static boolean anySecurityApplied(ApiDocument api) {
        for (ArrayNode list : securityLists(api)) {
            for (Node alt : list.items()) {
                if (alt instanceof ObjectNode o && o.size() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every parameter object once where it is written: reusable ones, then those of path items and
     * operations, skipping references.
     */
    static List<ObjectNode> definedParameters(ApiDocument api) {
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ObjectNode> out = new ArrayList<>();
        Optional<ObjectNode> holder = api.version() == SpecVersion.SWAGGER_2
                ? api.root().object("parameters")
                : api.root().object("components").flatMap(c -> c.object("parameters"));
        List<Node> candidates = new ArrayList<>();
        holder.ifPresent(h -> candidates.addAll(h.members().values()));
        api.pathItems().values().forEach(item -> item.array("parameters").ifPresent(a -> candidates.addAll(a.items())));
        for (Operation op : api.operations()) {
            op.node().array("parameters").ifPresent(a -> candidates.addAll(a.items()));
        }
        for (Node n : candidates) {
            if (n instanceof ObjectNode p && !p.has("$ref") && seen.add(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The name of a component schema, when the node is one. */
    static Optional<String> componentName(ApiDocument api, ObjectNode schema) {
        return schema.key().filter(k -> api.componentSchemas().get(k) == schema);
    }

    /** The schema a composition member belongs to: {@code Pet} for a member of {@code Pet.allOf}; else itself. */
    static ObjectNode composite(ObjectNode schema) {
        ObjectNode current = schema;
        while (true) {
            Optional<ObjectNode> composed = current.parent()
                    .filter(p -> p.key().filter(COMPOSITION::contains).isPresent())
                    .flatMap(Node::parent)
                    .flatMap(Node::asObject);
            if (composed.isEmpty()) {
                return current;
            }
            current = composed.get();
        }
    }

    /** How a message names a schema: {@code schema 'Pet'}, {@code property 'address'} or {@code body schema}. */
    static String describe(ApiDocument api, ObjectNode schema) {
        Optional<String> component = componentName(api, schema);
        if (component.isPresent()) {
            return "schema '" + component.get() + "'";
        }
        if (composite(schema) != schema) {
            return describe(api, composite(schema));
        }
        Optional<String> key = schema.key();
        boolean property =
                schema.parent().flatMap(Node::key).filter("properties"::equals).isPresent();
        if (property && key.isPresent()) {
            return "property '" + key.get() + "'";
        }
        if (key.filter("items"::equals).isPresent()) {
            return schema.parent()
                    .flatMap(Node::key)
                    .map(k -> "items of '" + k + "'")
                    .orElse("array items");
        }
        if (key.filter("schema"::equals).isPresent()) {
            for (Optional<Node> n = schema.parent(); n.isPresent(); n = n.get().parent()) {
                Optional<String> k = n.get().key();
                if (k.filter(x -> x.equals("requestBody") || x.equals("requestBodies") || x.equals("parameters"))
                        .isPresent()) {
                    return "request body schema";
                }
                if (k.filter("responses"::equals).isPresent()) {
                    return "response body schema";
                }
            }
            return "body schema";
        }
        return "schema";
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
