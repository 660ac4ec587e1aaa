package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;
import java.util.Map;

/**
 * No response of the API declares a rate-limit header, so clients cannot pace themselves before
 * they are throttled. API-wide, reported once.
 */
@RuleInfo(
        id = "api-rate-limit-headers-missing",
        title = "No response declares rate-limit headers",
        severity = Severity.INFO,
        category = Category.ERRORS,
        tags = {"owasp-api4"},
        howToFix = "Declare RateLimit and RateLimit-Policy (or X-RateLimit-Limit, -Remaining, -Reset) on responses,"
                + " and Retry-After on 429 responses.")
public final class RateLimitHeadersMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        if (context.api().operations().isEmpty()) {
            return;
        }
        for (Operation op : context.api().operations()) {
            for (Map.Entry<String, ObjectNode> e : context.api().responses(op).entrySet()) {
                for (String header : context.api().responseHeaders(e.getValue()).keySet()) {
                    if (isRateLimitHeader(header)
                            || (header.equals("retry-after") && e.getKey().equals("429"))) {
                        return;
                    }
                }
            }
        }
        context.api()
                .root()
                .get("paths")
                .ifPresent(paths -> context.report(
                        paths,
                        "No response declares a rate-limit header (RateLimit, X-RateLimit-Limit, Retry-After on"
                                + " 429)"));
    }

    /** {@code RateLimit}, {@code RateLimit-Policy}, {@code X-RateLimit-Remaining}, {@code X-Rate-Limit-Reset}... */
    private static boolean isRateLimitHeader(String lowerName) {
        String name = lowerName.startsWith("x-") ? lowerName.substring(2) : lowerName;
        return name.startsWith("ratelimit") || name.startsWith("rate-limit");
    }
}
