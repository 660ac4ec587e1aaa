package dev.archforge.openapi.model;

import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds every schema object of a document once, without following references. */
final class SchemaWalker {
    private static final List<String> SINGLE = List.of(
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
    private static final List<String> LISTS = List.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final List<String> MAPS = List.of("patternProperties", "$defs", "dependentSchemas");

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
            c.object(swagger ? "responses" : "responses")
                    .ifPresent(rs ->
                            rs.members().values().forEach(r -> r.asObject().ifPresent(this::response)));
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
        schema.object("properties").ifPresent(props -> {
            for (Map.Entry<String, Node> e : props.members().entrySet()) {
                visit(e.getValue(), role, Optional.of(e.getKey()), Optional.of(schema));
            }
        });
        for (String key : SINGLE) {
            schema.get(key).ifPresent(child -> visit(child, role, Optional.empty(), Optional.empty()));
        }
        for (String key : LISTS) {
            schema.array(key).ifPresent(list -> list.items()
                    .forEach(child -> visit(child, role, Optional.empty(), Optional.empty())));
        }
        for (String key : MAPS) {
            schema.object(key).ifPresent(map -> map.members()
                    .values()
                    .forEach(child -> visit(child, role, Optional.empty(), Optional.empty())));
        }
        // Swagger 2.0 tuple form, rare: items as an array of schemas
        schema.array("items").ifPresent(list -> list.items()
                .forEach(child -> visit(child, role, Optional.empty(), Optional.empty())));
    }
}
