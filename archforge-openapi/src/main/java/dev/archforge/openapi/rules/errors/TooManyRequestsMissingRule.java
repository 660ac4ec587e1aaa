package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;

/**
 * No operation of the API declares 429: the description says nothing about rate limiting. This is
 * an API-wide finding, reported once; an API that declares 429 on some operations is left alone.
 */
@RuleInfo(
        id = "api-too-many-requests-missing",
        title = "No operation declares a 429 response",
        severity = Severity.WARNING,
        category = Category.ERRORS,
        tags = {"owasp-api4"},
        howToFix = "Rate-limit the API and declare 429 Too Many Requests (with Retry-After) on the operations it"
                + " applies to.")
public final class TooManyRequestsMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        if (context.api().operations().isEmpty()) {
            return;
        }
        for (Operation op : context.api().operations()) {
            if (ErrorResponses.covers(ErrorResponses.codes(op), "429")) {
                return;
            }
        }
        context.api()
                .root()
                .get("paths")
                .ifPresent(paths -> context.report(
                        paths,
                        "No operation declares a 429 (Too Many Requests) response, so rate limiting is"
                                + " undocumented"));
    }
}
