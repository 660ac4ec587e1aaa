package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.OperationGaps;
import java.util.ArrayList;
import java.util.List;

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
        List<Operation> applicable = new ArrayList<>();
        List<Operation> gaps = new ArrayList<>();
        for (Operation op : context.api().operations()) {
            if (context.api().isSecured(op)) {
                applicable.add(op);
                if (!ErrorResponses.covers(ErrorResponses.codes(op), "401")) {
                    gaps.add(op);
                }
            }
        }
        OperationGaps.report(
                context,
                applicable,
                gaps,
                op -> op.label() + " requires credentials but declares no 401 response",
                "that require credentials declare no 401 response");
    }
}
