package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.List;

/**
 * GET must be safe (RFC 9110 §9.2.1): crawlers, link prefetchers and retrying proxies call it
 * freely, and a link or image tag can make a logged-in browser call it (CSRF). A GET on an action
 * path that another method also serves ({@code POST .../restore} and {@code GET .../restore})
 * reads the action's status and is fine.
 */
@EndpointListRule
@RuleInfo(
        id = "api-unsafe-get",
        title = "GET operation performs a state-changing action",
        severity = Severity.ERROR,
        category = Category.HTTP,
        howToFix = "Use POST for the action (or DELETE/PUT/PATCH on the resource itself); keep GET read-only.")
public final class UnsafeGetRule implements ApiRule {
    private static final List<String> UNSAFE_METHODS = List.of("post", "put", "patch", "delete");

    @Override
    public void check(ApiContext context) {
        for (Operation op : context.api().operations()) {
            if (!op.method().equals("get") || UNSAFE_METHODS.stream().anyMatch(op.pathItem()::has)) {
                continue;
            }
            HttpPaths.stateChangingVerb(op.path())
                    .ifPresent(verb -> context.report(
                            op.node(), op.label() + " uses GET for the state-changing action '" + verb + "'"));
        }
    }
}
