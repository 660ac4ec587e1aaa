package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;

/** A secured operation that documents no 401 for missing or bad credentials. */
@RuleInfo(
        id = "api-unauthorized-missing",
        title = "Secured operation declares no 401 response",
        severity = Severity.INFO,
        category = Category.ERRORS,
        tags = {"owasp-api2"},
        howToFix = "Declare a 401 response (with a WWW-Authenticate header), or a 4XX/default error response.")
public final class UnauthorizedMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (Operation op : context.api().operations()) {
            if (context.api().isSecured(op) && !ErrorResponses.covers(ErrorResponses.codes(op), "401")) {
                context.report(op.node(), op.label() + " requires credentials but declares no 401 response");
            }
        }
    }
}
