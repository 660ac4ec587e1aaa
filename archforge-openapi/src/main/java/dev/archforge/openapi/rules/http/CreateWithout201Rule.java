package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A POST on a collection creates a member; {@code 201 Created} (or {@code 202 Accepted} when the
 * creation is asynchronous) tells clients and tools so, {@code 200} does not. Only collections
 * that are listed (a GET on the path returns a list) or addressed (an item path below it) count,
 * and only a 200 with a body, so computing endpoints such as {@code POST /embeddings} and actions
 * that answer 204 are left alone.
 */
@RuleInfo(
        id = "api-create-without-201",
        tags = {"strict"},
        title = "POST on a collection responds 200 instead of 201 Created",
        severity = Severity.INFO,
        category = Category.HTTP,
        howToFix = "Respond 201 Created (with a Location header) when the POST creates a resource, or 202 when"
                + " creation completes later.")
public final class CreateWithout201Rule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        Map<String, ObjectNode> pathItems = api.pathItems();
        for (Operation op : api.operations()) {
            if (!op.method().equals("post")
                    || !HttpPaths.isCollectionPath(op.path())
                    || !HttpCollections.isCollection(api, op, pathItems)) {
                continue;
            }
            Map<String, ObjectNode> responses = api.responses(op);
            List<String> success = responses.keySet().stream()
                    .filter(code -> code.startsWith("2"))
                    .toList();
            boolean createdOrAccepted = success.stream()
                    .anyMatch(code -> code.equals("201") || code.equals("202") || code.equalsIgnoreCase("2XX"));
            boolean okWithBody = success.contains("200")
                    && !api.responseContent(op, Objects.requireNonNull(responses.get("200")))
                            .isEmpty();
            if (!createdOrAccepted && okWithBody) {
                context.report(
                        op.node(),
                        op.label() + " adds to a collection but responds " + String.join(", ", success)
                                + " instead of 201");
            }
        }
    }
}
