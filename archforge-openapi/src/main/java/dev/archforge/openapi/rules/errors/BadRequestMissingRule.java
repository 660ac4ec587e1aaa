package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;

/** An operation that takes input but documents no response for invalid input. */
@RuleInfo(
        id = "api-bad-request-missing",
        title = "Operation takes input but declares no 400 or 422 response",
        severity = Severity.INFO,
        category = Category.ERRORS,
        howToFix = "Declare a 400 (or 422) response with the error schema, or a 4XX/default error response.")
public final class BadRequestMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (Operation op : api.operations()) {
            if (takesInput(api, op) && !ErrorResponses.covers(ErrorResponses.codes(op), "400", "422")) {
                context.report(op.node(), op.label() + " takes input but declares no 400 or 422 response");
            }
        }
    }

    private static boolean takesInput(ApiDocument api, Operation op) {
        return api.hasRequestBody(op)
                || api.parameters(op).stream()
                        .anyMatch(p -> !p.text("in").orElse("path").equals("path"));
    }
}
