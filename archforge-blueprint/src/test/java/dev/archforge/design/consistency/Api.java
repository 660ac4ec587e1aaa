package dev.archforge.design.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The OpenAPI description read back as maps and lists, with its operations and {@code $ref}s resolved. */
final class Api {
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");
    private final Map<String, Object> root;

    Api(String yaml) {
        Object doc = yaml.isBlank() ? Map.of() : new Load(LoadSettings.builder().build()).loadFromString(yaml);
        this.root = map(doc);
    }

    /** One operation: where it is and what it says. */
    record Op(String path, String method, Map<String, Object> node, Api api) {
        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }

        /** Its parameters and its path item's, resolved. */
        List<Map<String, Object>> parameters() {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object p : list(map(map(api.root.get("paths")).get(path)).get("parameters"))) {
                out.add(api.resolve(p));
            }
            for (Object p : list(node.get("parameters"))) {
                out.add(api.resolve(p));
            }
            return out;
        }

        Optional<Map<String, Object>> header(String name) {
            return parameters().stream()
                    .filter(p -> "header".equals(p.get("in")) && name.equalsIgnoreCase(String.valueOf(p.get("name"))))
                    .findFirst();
        }

        Map<String, Object> responses() {
            return map(node.get("responses"));
        }

        /** The response of a status, resolved; empty when the operation has none. */
        Optional<Map<String, Object>> response(String status) {
            Object r = responses().get(status);
            return r == null ? Optional.empty() : Optional.of(api.resolve(r));
        }

        /** The schema of the JSON request body, resolved; empty without one. */
        Optional<Map<String, Object>> requestSchema() {
            Map<String, Object> body = api.resolve(node.get("requestBody"));
            for (Object media : map(body.get("content")).values()) {
                return Optional.of(api.resolve(map(media).get("schema")));
            }
            return Optional.empty();
        }

        /** The security requirements: scheme names of each alternative. */
        List<Map<String, Object>> security() {
            return list(node.get("security")).stream().map(Api::map).toList();
        }
    }

    List<Op> operations() {
        List<Op> out = new ArrayList<>();
        map(root.get("paths")).forEach((path, item) -> {
            for (String method : METHODS) {
                Object op = map(item).get(method);
                if (op != null) {
                    out.add(new Op(path, method, map(op), this));
                }
            }
        });
        return out;
    }

    Optional<Op> operation(String method, String path) {
        return operations().stream()
                .filter(o -> o.method().equals(method) && o.path().equals(path))
                .findFirst();
    }

    /** The POST operations whose body is {@code <schema>Create}: the creates of one entity. */
    List<Op> creates(String schema) {
        String ref = "#/components/schemas/" + schema + "Create";
        return operations().stream()
                .filter(o -> o.method().equals("post"))
                .filter(o -> {
                    Map<String, Object> content =
                            map(map(o.node().get("requestBody")).get("content"));
                    return content.values().stream()
                            .anyMatch(m -> ref.equals(map(map(m).get("schema")).get("$ref")));
                })
                .toList();
    }

    /** The operations on an entity's item path, {@code /workouts/{workoutId}}, and below it. */
    List<Op> onItem(String itemPath) {
        return operations().stream()
                .filter(o -> o.path().equals(itemPath) || o.path().startsWith(itemPath + "/"))
                .toList();
    }

    boolean hasPath(String path) {
        return map(root.get("paths")).containsKey(path);
    }

    /** A schema of {@code components.schemas}, empty when there is none of that name. */
    Optional<Map<String, Object>> schema(String name) {
        Object s = map(map(root.get("components")).get("schemas")).get(name);
        return s == null ? Optional.empty() : Optional.of(map(s));
    }

    Map<String, Object> securitySchemes() {
        return map(map(root.get("components")).get("securitySchemes"));
    }

    /** The node itself, or what its {@code $ref} names in this document. */
    Map<String, Object> resolve(Object node) {
        Map<String, Object> m = map(node);
        Object ref = m.get("$ref");
        if (ref instanceof String s && s.startsWith("#/")) {
            Object target = root;
            for (String part : s.substring(2).split("/")) {
                target = map(target).get(part);
            }
            return resolve(target);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
