package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A 4xx or 5xx response with no body schema: clients get a status code and no reason. Component
 * responses are reported once where defined; inline responses without a body are grouped by status
 * code (one finding for "every 401 has no body", at the first), since they share one fix.
 * Responses of HEAD operations, which never have a body, are left alone.
 */
@RuleInfo(
        id = "api-error-response-without-schema",
        title = "Error response has no body schema",
        severity = Severity.INFO,
        category = Category.ERRORS,
        howToFix = "Describe the error body: add content (3.x) or schema (2.0) referencing the API's error schema,"
                + " ideally through a shared response component.")
public final class ErrorResponseWithoutSchemaRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        Map<String, ErrorResponses.Definition> first = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        Map<String, Integer> more = new LinkedHashMap<>();
        for (ErrorResponses.Definition d :
                ErrorResponses.definitions(context.api(), ErrorResponses::isClientOrServer)) {
            if (!d.component() && d.operation().method().equals("head")) {
                continue;
            }
            Map<String, Optional<Node>> content = ErrorResponses.content(context.api(), d);
            String problem;
            if (content.isEmpty()) {
                problem = "describes no body";
            } else if (content.values().stream().allMatch(Optional::isEmpty)) {
                problem = "declares '" + String.join("', '", content.keySet()) + "' without a schema";
            } else {
                continue;
            }
            String key = d.component() ? "component " + d.response().pointer() : d.code() + " " + problem;
            if (first.putIfAbsent(key, d) == null) {
                messages.put(key, d.label() + " " + problem);
            }
            more.merge(key, 0, (a, b) -> a + 1);
        }
        first.forEach((key, d) -> {
            int others = Objects.requireNonNull(more.get(key));
            context.report(
                    d.response(),
                    messages.get(key)
                            + (others == 0
                                    ? ""
                                    : " (and " + others + " more inline " + d.code() + " responses like it)"));
        });
    }
}
