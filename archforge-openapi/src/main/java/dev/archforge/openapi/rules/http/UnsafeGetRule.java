package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GET must be safe (RFC 9110 §9.2.1): crawlers, link prefetchers and retrying proxies call it
 * freely, and a link or image tag can make a logged-in browser call it (CSRF). A GET on an action
 * path that another method also serves ({@code POST .../restore} and {@code GET .../restore})
 * reads the action's status and is fine, and so is a GET whose summary, description or operationId
 * says it reads ("Get the deny list"): the verb in its path is a noun.
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
    /** An operation summed up as a read: "Get the deny list", "List runs", "getRun". */
    private static final Pattern READ = Pattern.compile(
            "^(?:get|gets|list|lists|retrieve|retrieves|read|reads|fetch|fetches|show|shows|return|returns"
                    + "|describe|describes|view|views|search|find|look ?up|check|count|download|export)(?:[^a-z]|$)",
            Pattern.CASE_INSENSITIVE);

    /**
     * True when the operation's own summary, description or operationId says it reads: the verb
     * in its path is then a noun ("GET /runs/{id}/deny" summed up as "Get the deny rule").
     */
    static boolean describedAsRead(Operation op) {
        for (String key : List.of("summary", "description", "operationId")) {
            String text = op.node().text(key).orElse("").strip();
            if (!text.isEmpty()) {
                return READ.matcher(text).find();
            }
        }
        return false;
    }

    @Override
    public void check(ApiContext context) {
        for (Operation op : context.api().operations()) {
            if (!op.method().equals("get")
                    || UNSAFE_METHODS.stream().anyMatch(op.pathItem()::has)
                    || describedAsRead(op)) {
                continue;
            }
            HttpPaths.stateChangingVerb(op.path())
                    .ifPresent(verb -> context.report(
                            op.node(), op.label() + " uses GET for the state-changing action '" + verb + "'"));
        }
    }
}
