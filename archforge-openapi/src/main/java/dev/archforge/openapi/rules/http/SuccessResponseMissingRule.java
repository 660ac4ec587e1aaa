package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.Set;

/** An operation that documents only failures leaves clients guessing what success looks like. */
@RuleInfo(
        id = "api-success-response-missing",
        title = "Operation declares no success response",
        severity = Severity.WARNING,
        category = Category.HTTP,
        howToFix = "Declare the 2xx (or 3xx) response the operation returns when it succeeds, or a default response.")
public final class SuccessResponseMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (Operation op : context.api().operations()) {
            if (op.responses().isEmpty()) {
                continue;
            }
            Set<String> codes = context.api().responses(op).keySet();
            if (!codes.contains("default") && codes.stream().noneMatch(HttpResponses::isSuccess)) {
                String declared = codes.isEmpty() ? "none" : String.join(", ", codes);
                context.report(op.node(), op.label() + " declares no success response (declared: " + declared + ")");
            }
        }
    }
}
