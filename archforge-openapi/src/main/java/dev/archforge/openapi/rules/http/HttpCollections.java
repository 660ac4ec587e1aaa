package dev.archforge.openapi.rules.http;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evidence, from the document rather than the path's spelling, that a path is a collection. */
final class HttpCollections {
    private HttpCollections() {}

    /** True when the path has items below it ({@code /pets/{id}}) or a GET on it returns a list. */
    static boolean isCollection(ApiDocument api, Operation op, Map<String, ObjectNode> pathItems) {
        return HttpPaths.hasItemPath(pathItems, op.path()) || listsOnGet(api, op);
    }

    /** True when a GET on the operation's path answers 200 with a list. */
    static boolean listsOnGet(ApiDocument api, Operation op) {
        Optional<Operation> get =
                op.pathItem().object("get").map(node -> new Operation(op.path(), "get", node, op.pathItem()));
        return get.isPresent()
                && Optional.ofNullable(api.responses(get.get()).get("200")).stream()
                        .flatMap(ok -> api.responseContent(get.get(), ok).values().stream())
                        .flatMap(Optional::stream)
                        .anyMatch(schema -> isListLike(api, schema, 0));
    }

    /**
     * An array, an object with an array property ({@code {labels: [...]}}), or a choice
     * (oneOf/anyOf/allOf) with one such alternative.
     */
    static boolean isListLike(ApiDocument api, Node node, int depth) {
        Optional<ObjectNode> schema = api.object(node);
        if (schema.isEmpty() || depth > 3) {
            return false;
        }
        if (isArray(schema.get())) {
            return true;
        }
        boolean arrayProperty = schema.get().object("properties").stream()
                .flatMap(p -> p.members().values().stream())
                .anyMatch(p -> api.object(p).filter(HttpCollections::isArray).isPresent());
        if (arrayProperty) {
            return true;
        }
        for (String combiner : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.get().array(combiner).stream()
                    .flatMap(a -> a.items().stream())
                    .anyMatch(part -> isListLike(api, part, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArray(ObjectNode schema) {
        return schema.text("type").filter("array"::equals).isPresent()
                || schema.array("type").map(t -> t.texts().contains("array")).orElse(false);
    }
}
