package dev.archforge.openapi.model;

import dev.archforge.source.ObjectNode;
import java.util.Locale;
import java.util.Optional;

/**
 * One operation: an HTTP method on a path.
 *
 * @param path the path template as written, such as {@code /pets/{petId}}
 * @param method lower-case HTTP method
 * @param node the operation object
 * @param pathItem the path item object it belongs to (after following a path item {@code $ref})
 */
public record Operation(String path, String method, ObjectNode node, ObjectNode pathItem) {

    public String upperMethod() {
        return method.toUpperCase(Locale.ROOT);
    }

    /** {@code GET /pets/{petId}}, the way people name an endpoint in messages. */
    public String label() {
        return upperMethod() + " " + path;
    }

    public Optional<String> operationId() {
        return node.text("operationId");
    }

    public Optional<ObjectNode> responses() {
        return node.object("responses");
    }

    public boolean isDeprecated() {
        return node.isTrue("deprecated");
    }

    /** True when the last path segment is a path parameter: {@code /pets/{id}}. */
    public boolean isItemPath() {
        return Paths.isItemPath(path);
    }
}
