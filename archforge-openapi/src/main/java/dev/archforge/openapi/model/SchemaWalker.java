package dev.archforge.openapi.model;

import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds every schema object of a document once, without following references. */
final class SchemaWalker {
    private static final Set<String> SINGLE = Set.of(
            "items",
            "additionalProperties",
            "not",
            "contains",
            "unevaluatedProperties",
            "unevaluatedItems",
            "if",
            "then",
            "else",
            "propertyNames");
    private static final Set<String> LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> MAPS = Set.of("patternProperties", "$defs", "dependentSchemas");

    private final ApiDocument api;
    private final List<SchemaSite> out = new ArrayList<>();
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private SchemaWalker(ApiDocument api) {
        this.api = api;
    }

    static List<SchemaSite> walk(ApiDocument api) {
        SchemaWalker w = new SchemaWalker(api);
        w.run();
        return w.out;
    }

    private void run() {
        ObjectNode root = api.root();
        api.componentSchemas()
                .values()
                .forEach(s -> visit(s, SchemaSite.Role.COMPONENT, Optional.empty(), Optional.empty()));
        boolean swagger = api.version() == SpecVersion.SWAGGER_2;
        Optional<ObjectNode> components = swagger ? Optional.of(root) : root.object("components");
        components.ifPresent(c -> {
            c.object("parameters").ifPresent(ps -> ps.members().values().forEach(p -> p.asObject()
                    .ifPresent(this::parameter)));
            // the same key in both: Swagger 2 keeps them at the root, OpenAPI 3 under components
            c.object("responses").ifPresent(rs -> rs.members().values().forEach(r -> r.asObject()
                    .ifPresent(this::response)));
            if (!swagger) {
                c.object("requestBodies").ifPresent(bs -> bs.members().values().forEach(b -> b.asObject()
                        .flatMap(o -> o.object("content"))
                        .ifPresent(content -> media(content, SchemaSite.Role.REQUEST))));
                c.object("headers").ifPresent(hs -> hs.members().values().forEach(h -> h.asObject()
                        .flatMap(o -> o.get("schema"))
                        .ifPresent(s -> visit(s, SchemaSite.Role.HEADER, Optional.empty(), Optional.empty()))));
            }
        });
        for (ObjectNode pathItem : api.pathItems().values()) {
            pathItem.array("parameters").ifPresent(this::parameters);
        }
        for (Operation op : api.operations()) {
            op.node().array("parameters").ifPresent(this::parameters);
            op.node()
                    .object("requestBody")
                    .flatMap(b -> b.object("content"))
                    .ifPresent(c -> media(c, SchemaSite.Role.REQUEST));
            op.responses().ifPresent(rs -> rs.members().values().forEach(r -> r.asObject()
                    .ifPresent(this::response)));
        }
    }

    private void parameters(ArrayNode list) {
        list.items().forEach(p -> p.asObject().ifPresent(this::parameter));
    }

    private void parameter(ObjectNode p) {
        if (p.has("$ref")) {
            return;
        }
        boolean body = "body".equals(p.text("in").orElse(""));
        p.get("schema")
                .ifPresent(s -> visit(
                        s,
                        body ? SchemaSite.Role.REQUEST : SchemaSite.Role.PARAMETER,
                        Optional.empty(),
                        Optional.empty()));
        p.object("content").ifPresent(c -> media(c, SchemaSite.Role.PARAMETER));
    }

    private void response(ObjectNode r) {
        if (r.has("$ref")) {
            return;
        }
        r.get("schema").ifPresent(s -> visit(s, SchemaSite.Role.RESPONSE, Optional.empty(), Optional.empty()));
        r.object("content").ifPresent(c -> media(c, SchemaSite.Role.RESPONSE));
        r.object("headers").ifPresent(hs -> hs.members().values().forEach(h -> h.asObject()
                .flatMap(o -> o.get("schema"))
                .ifPresent(s -> visit(s, SchemaSite.Role.HEADER, Optional.empty(), Optional.empty()))));
    }

    private void media(ObjectNode content, SchemaSite.Role role) {
        content.members().values().forEach(m -> m.asObject()
                .flatMap(o -> o.get("schema"))
                .ifPresent(s -> visit(s, role, Optional.empty(), Optional.empty())));
    }

    private void visit(Node node, SchemaSite.Role role, Optional<String> property, Optional<ObjectNode> parent) {
        if (!(node instanceof ObjectNode schema) || schema.has("$ref") || !seen.add(schema)) {
            return;
        }
        out.add(new SchemaSite(schema, role, property, parent));
        Optional<ObjectNode> self = Optional.of(schema);
        // one pass over the members, instead of a look-up per keyword
        for (int i = 0; i < schema.size(); i++) {
            String key = schema.keyAt(i);
            Node value = schema.valueAt(i);
            if (value instanceof ScalarNode) {
                continue;
            }
            if ("properties".equals(key)) {
                if (value instanceof ObjectNode props) {
                    for (int j = 0; j < props.size(); j++) {
                        visit(props.valueAt(j), role, Optional.of(props.keyAt(j)), self);
                    }
                }
            } else if (SINGLE.contains(key)) {
                if (value instanceof ArrayNode list) {
                    list.items().forEach(child -> visit(child, role, Optional.empty(), Optional.empty()));
                } else {
                    visit(value, role, Optional.empty(), Optional.empty());
                }
            } else if (LISTS.contains(key)) {
                if (value instanceof ArrayNode list) {
                    list.items().forEach(child -> visit(child, role, Optional.empty(), Optional.empty()));
                }
            } else if (MAPS.contains(key) && value instanceof ObjectNode map) {
                map.members().values().forEach(child -> visit(child, role, Optional.empty(), Optional.empty()));
            }
        }
    }
}
