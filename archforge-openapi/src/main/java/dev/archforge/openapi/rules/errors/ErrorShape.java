package dev.archforge.openapi.rules.errors;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The structural shape of an error body: its type and top-level property names, {@code allOf}
 * parts merged. Two schemas with the same shape are the same error format, whatever they are named.
 *
 * @param label how to quote it: the component name, or {@code inline}
 * @param type the JSON type
 * @param properties the top-level property names, sorted
 */
record ErrorShape(String label, String type, Set<String> properties) {
    private static final int QUOTED_PROPERTIES = 6;

    /** The shape of a schema, empty when it says too little to compare ({@code {}}, a bare oneOf). */
    static Optional<ErrorShape> of(ApiDocument api, Node schema) {
        String label = schema instanceof ObjectNode o && o.text("$ref").isPresent()
                ? "'" + name(o.text("$ref").orElseThrow()) + "'"
                : "inline";
        Set<String> properties = new TreeSet<>();
        String type = "";
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(schema);
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Optional<ObjectNode> s = api.object(todo.pop());
            if (s.isEmpty() || !seen.add(s.get())) {
                continue;
            }
            s.get()
                    .object("properties")
                    .ifPresent(p -> properties.addAll(p.members().keySet()));
            if (type.isEmpty()) {
                type = s.get().text("type").orElse("");
            }
            s.get().array("allOf").ifPresent(all -> all.items().forEach(todo::push));
        }
        if (type.isEmpty() && !properties.isEmpty()) {
            type = "object";
        }
        return type.isEmpty() || (type.equals("object") && properties.isEmpty())
                ? Optional.empty()
                : Optional.of(new ErrorShape(label, type, properties));
    }

    /** The OAuth 2.0 error of RFC 6749 section 5.2, which token endpoints must return whatever the API uses. */
    boolean isOAuthError() {
        return properties.contains("error")
                && Set.of("error", "error_description", "error_uri").containsAll(properties);
    }

    /** What makes two shapes the same format. */
    String key() {
        return type + properties;
    }

    /**
     * True when this body can be read like {@code dominant}: same shape, or an object carrying at
     * least half of its properties (a 422 body adding {@code errors} to the usual fields).
     */
    boolean compatibleWith(ErrorShape dominant) {
        if (key().equals(dominant.key())) {
            return true;
        }
        if (!type.equals("object") || !dominant.type.equals("object")) {
            return false;
        }
        long shared = properties.stream().filter(dominant.properties::contains).count();
        return shared * 2 >= dominant.properties.size();
    }

    /** {@code 'Error' {code, message}}, the way messages quote a shape. */
    String quoted() {
        String fields;
        if (!type.equals("object")) {
            fields = type;
        } else if (properties.size() <= QUOTED_PROPERTIES) {
            fields = "{" + String.join(", ", properties) + "}";
        } else {
            fields = "{"
                    + String.join(
                            ", ", properties.stream().limit(QUOTED_PROPERTIES).toList()) + ", ...}";
        }
        return label + " " + fields;
    }

    private static String name(String ref) {
        return Node.unescape(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
