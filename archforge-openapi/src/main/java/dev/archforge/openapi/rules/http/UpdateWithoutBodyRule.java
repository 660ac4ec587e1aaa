package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import java.util.Optional;

/**
 * PATCH applies the patch document in its body and PUT stores the body as the new state (RFC 9110
 * §9.3.4, RFC 5789): without a body the client cannot say what to change.
 */
@RuleInfo(
        id = "api-update-without-body",
        tags = {"strict"},
        title = "PUT or PATCH operation declares no request body",
        severity = Severity.WARNING,
        category = Category.HTTP,
        howToFix = "Declare the request body the update takes; for an action without input use POST instead.")
public final class UpdateWithoutBodyRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (Operation op : api.operations()) {
            if (api.hasRequestBody(op)) {
                continue;
            }
            if (op.method().equals("patch") || (op.method().equals("put") && hasRepresentation(api, op))) {
                context.report(op.node(), op.label() + " declares no request body");
            }
        }
    }

    /**
     * True when a GET on the same path returns a body: the resource has state that a PUT without a
     * body cannot set. A PUT on a body-less resource (a star, a membership) needs no body.
     */
    private static boolean hasRepresentation(ApiDocument api, Operation put) {
        Optional<Operation> get =
                put.pathItem().object("get").map(node -> new Operation(put.path(), "get", node, put.pathItem()));
        return get.isPresent()
                && api.responses(get.get()).entrySet().stream()
                        .filter(e -> e.getKey().startsWith("2"))
                        .anyMatch(e ->
                                !api.responseContent(get.get(), e.getValue()).isEmpty());
    }
}
