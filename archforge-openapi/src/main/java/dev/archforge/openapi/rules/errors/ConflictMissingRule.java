package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.Set;

/**
 * An operation that creates a resource (a POST to a collection answering 201) but documents no
 * 409 for a duplicate or a conflicting state. PUT to an item is left alone: it usually creates or
 * replaces at a key the client chose, which rarely conflicts.
 */
@RuleInfo(
        id = "api-conflict-missing",
        tags = {"strict"},
        title = "Creating operation declares no 409 response",
        severity = Severity.INFO,
        category = Category.ERRORS,
        howToFix = "Declare a 409 response for duplicates and conflicting state, or a 4XX/default error response.")
public final class ConflictMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (Operation op : context.api().operations()) {
            Set<String> codes = ErrorResponses.codes(op);
            if (creates(op, codes) && !ErrorResponses.covers(codes, "409")) {
                context.report(op.node(), op.label() + " creates a resource but declares no 409 response");
            }
        }
    }

    private static boolean creates(Operation op, Set<String> codes) {
        return op.method().equals("post") && codes.contains("201") && !NotFoundMissingRule.isItemPath(op.path());
    }
}
