package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code 202 Accepted} says the work is not done yet; without a link to a status resource the
 * client cannot learn whether it ever completes (RFC 9110 §15.3.3).
 */
@RuleInfo(
        id = "api-accepted-without-status",
        tags = {"strict"},
        title = "202 response gives no way to follow the pending work",
        severity = Severity.INFO,
        category = Category.HTTP,
        howToFix = "Return a Location (or Content-Location) header pointing at a status resource, or a body"
                + " with the job id, status and a link to poll.")
public final class AcceptedWithoutStatusRule implements ApiRule {
    private static final Set<String> STATUS_WORDS =
            Set.of("status", "state", "url", "href", "link", "location", "operation", "job", "task", "id");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (HttpResponses.Site site : HttpResponses.withStatus(api, "202"::equals)) {
            Map<String, Node> headers = api.responseHeaders(site.response());
            if (headers.containsKey("location") || headers.containsKey("content-location")) {
                continue;
            }
            boolean statusBody = api.responseContent(site.op(), site.response()).values().stream()
                    .flatMap(Optional::stream)
                    .anyMatch(schema -> describesStatus(api, schema, 0));
            if (!statusBody) {
                context.report(site.response(), site.label() + " has neither a Location header nor a status body");
            }
        }
    }

    /**
     * True when the schema, a schema it combines with allOf/oneOf/anyOf, or an object it wraps
     * ({@code {firewall: {id, status}}}) has a status-like property.
     */
    private static boolean describesStatus(ApiDocument api, Node node, int depth) {
        Optional<ObjectNode> schema = api.object(node);
        if (schema.isEmpty() || depth > 3) {
            return false;
        }
        Map<String, Node> properties =
                schema.get().object("properties").map(ObjectNode::members).orElse(Map.of());
        if (properties.keySet().stream().anyMatch(AcceptedWithoutStatusRule::isStatusProperty)) {
            return true;
        }
        if (properties.values().stream().anyMatch(p -> describesStatus(api, p, depth + 1))) {
            return true;
        }
        for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get().array(combiner).stream()
                    .flatMap(a -> a.items().stream())
                    .anyMatch(part -> describesStatus(api, part, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStatusProperty(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return HttpPaths.words(name).stream().anyMatch(STATUS_WORDS::contains)
                || lower.endsWith("id")
                || lower.contains("link");
    }
}
