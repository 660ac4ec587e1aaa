package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;

/** {@code 201 Created} names the new resource in a {@code Location} header (RFC 9110 §15.3.2). */
@RuleInfo(
        id = "api-created-without-location",
        tags = {"strict"},
        title = "201 response has no Location header",
        severity = Severity.INFO,
        category = Category.HTTP,
        howToFix = "Declare a Location header with the URL of the created resource on the 201 response.")
public final class CreatedWithoutLocationRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (HttpResponses.Site site : HttpResponses.withStatus(context.api(), "201"::equals)) {
            if (!context.api().responseHeaders(site.response()).containsKey("location")) {
                context.report(site.response(), site.label() + " has no Location header");
            }
        }
    }
}
