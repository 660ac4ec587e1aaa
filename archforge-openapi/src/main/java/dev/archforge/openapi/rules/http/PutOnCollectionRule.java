package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import dev.archforge.source.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * PUT replaces the target resource with the request body (RFC 9110 §9.3.4); on a collection that
 * means replacing every member, which is rarely what the designer meant. In an OpenAPI document a
 * PUT whose body is a list ({@code PUT /issues/{n}/labels} with {@code labels: [...]}) deliberately
 * replaces the set and is fine, and a PUT without a body is a toggle, not a replacement.
 */
@EndpointListRule
@RuleInfo(
        id = "api-put-on-collection",
        tags = {"strict"},
        title = "PUT on a collection path",
        severity = Severity.WARNING,
        category = Category.HTTP,
        howToFix = "Use POST on the collection to add a member, or PUT on the item path ('/pets/{id}') to"
                + " create or replace one member; if the PUT really replaces the whole set, make its body the list.")
public final class PutOnCollectionRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Map<String, ObjectNode> pathItems = api.pathItems();
        for (Operation op : api.operations()) {
            if (!op.method().equals("put") || !HttpPaths.isCollectionPath(op.path())) {
                continue;
            }
            if (!api.isEndpointList() && !replacesMembersOneByOne(api, op, pathItems)) {
                continue;
            }
            context.report(
                    op.node(),
                    op.label() + " replaces the whole collection '" + HttpPaths.lastSegment(op.path()) + "'");
        }
    }

    /** True for a listed or addressable collection whose PUT body is not a list of members. */
    private static boolean replacesMembersOneByOne(ApiDocument api, Operation op, Map<String, ObjectNode> pathItems) {
        if (!HttpCollections.isCollection(api, op, pathItems) || !api.hasRequestBody(op)) {
            return false;
        }
        return api.requestContent(op).values().stream()
                .flatMap(Optional::stream)
                .noneMatch(schema -> HttpCollections.isListLike(api, schema, 0));
    }
}
