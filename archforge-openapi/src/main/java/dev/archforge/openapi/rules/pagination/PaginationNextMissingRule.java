package dev.archforge.openapi.rules.pagination;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A paginated list must tell the client whether there is a next page and how to get it;
 * otherwise clients guess from short pages and miss or repeat items.
 */
@RuleInfo(
        id = "api-pagination-next-missing",
        title = "Paginated response does not say how to get the next page",
        severity = Severity.INFO,
        tags = {"strict"},
        category = Category.PAGINATION,
        howToFix = "Return the next cursor or link in the envelope (such as 'next_cursor', 'has_more',"
                + " 'links.next') or a Link header with rel=\"next\".")
public final class PaginationNextMissingRule implements ApiRule {
    /** Envelope fields, normalised, that tell a client where the next page is or whether there is one. */
    private static final Set<String> NEXT_FIELDS = Set.of(
            "hasmore",
            "hasnext",
            "islast",
            "lastpage",
            "continue",
            "continuationtoken",
            "cursor",
            "cursors",
            "endcursor",
            "pageinfo",
            "paging",
            "pagination",
            "total",
            "totalcount",
            "totalresults",
            "totalitems",
            "totalpages",
            "totalsize",
            "totalrecords",
            "more");

    private static final Set<String> CONTAINERS = Set.of("links", "meta", "metadata", "page", "pageinfo");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (Operation op : api.operations()) {
            if (!Pagination.isCollectionGet(op) || !Pagination.isPaginated(api, op)) {
                continue;
            }
            Optional<ObjectNode> schema = Pagination.okSchema(api, op);
            if (schema.isEmpty()
                    || Pagination.listShape(api, schema.get(), op).isEmpty()
                    || hasNextHeader(api, op)
                    || hasNextField(api, schema.get(), 0)) {
                continue;
            }
            context.report(
                    op.node(), op.label() + " is paginated but its response has no next-page field or Link header");
        }
    }

    private static boolean hasNextHeader(ApiDocument api, Operation op) {
        ObjectNode ok = api.responses(op).get("200");
        return ok != null
                && api.responseHeaders(ok).keySet().stream()
                        .map(Pagination::normalize)
                        .anyMatch(h -> h.equals("link")
                                || h.contains("next")
                                || h.contains("total")
                                || h.contains("continuation")
                                || h.contains("cursor"));
    }

    private static boolean hasNextField(ApiDocument api, ObjectNode schema, int depth) {
        for (Map.Entry<String, Node> property :
                Pagination.properties(api, schema).entrySet()) {
            String name = Pagination.normalize(property.getKey());
            if (name.contains("next") || NEXT_FIELDS.contains(name)) {
                return true;
            }
            if (depth < 2 && (CONTAINERS.contains(name) || name.endsWith("links") || name.endsWith("metadata"))) {
                Optional<ObjectNode> nested = api.object(property.getValue());
                boolean opaqueLinks = name.endsWith("links")
                        && nested.map(n -> Pagination.properties(api, n).isEmpty())
                                .orElse(true);
                if (opaqueLinks || (nested.isPresent() && hasNextField(api, nested.get(), depth + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
