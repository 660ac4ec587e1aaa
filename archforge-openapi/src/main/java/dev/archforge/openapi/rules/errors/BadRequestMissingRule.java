package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.OperationGaps;
import java.util.ArrayList;
import java.util.List;

/**
 * An operation that takes input a client can get wrong (a request body, or a parameter it must
 * send) but documents no response for invalid input. Optional query parameters alone (paging,
 * {@code expand}, field lists) and path ids do not count outside the strict profile: a GET by id
 * answers a bad id with 404.
 * When most such operations lack it, the document gets one finding.
 */
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
        List<Operation> applicable = new ArrayList<>();
        List<Operation> gaps = new ArrayList<>();
        for (Operation op : api.operations()) {
            if (takesInput(api, op, context.options().strict())) {
                applicable.add(op);
                if (!ErrorResponses.covers(ErrorResponses.codes(op), "400", "422")) {
                    gaps.add(op);
                }
            }
        }
        OperationGaps.report(
                context,
                applicable,
                gaps,
                op -> op.label() + " takes input but declares no 400 or 422 response",
                "that take input declare no 400 or 422 response");
    }

    private static boolean takesInput(ApiDocument api, Operation op, boolean strict) {
        return api.hasRequestBody(op)
                || api.parameters(op).stream()
                        .anyMatch(p -> !p.text("in").orElse("path").equals("path") && (strict || p.isTrue("required")));
    }
}
