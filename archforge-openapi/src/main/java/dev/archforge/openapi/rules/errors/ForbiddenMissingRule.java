package dev.archforge.openapi.rules.errors;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.OperationGaps;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An operation that requires OAuth scopes but documents no 403 for a token that lacks them. */
@RuleInfo(
        id = "api-forbidden-missing",
        title = "Operation requiring scopes declares no 403 response",
        severity = Severity.INFO,
        category = Category.ERRORS,
        tags = {"owasp-api5"},
        howToFix = "Declare a 403 response for tokens without the required scopes, or a 4XX/default error response.")
public final class ForbiddenMissingRule implements ApiRule {
    private static final Set<String> SCOPED_TYPES = Set.of("oauth2", "openIdConnect");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        List<Operation> applicable = new ArrayList<>();
        List<Operation> gaps = new ArrayList<>();
        for (Operation op : api.operations()) {
            if (api.isSecured(op) && requiresScopes(api, op)) {
                applicable.add(op);
                if (!ErrorResponses.covers(ErrorResponses.codes(op), "403")) {
                    gaps.add(op);
                }
            }
        }
        OperationGaps.report(
                context,
                applicable,
                gaps,
                op -> op.label() + " requires scopes but declares no 403 response",
                "that require scopes declare no 403 response");
    }

    /** True when some alternative of the operation's security names an OAuth scheme with scopes. */
    private static boolean requiresScopes(ApiDocument api, Operation op) {
        Map<String, Node> schemes = api.securitySchemes();
        for (Node alternative : api.security(op).map(ArrayNode::items).orElse(List.of())) {
            if (!(alternative instanceof ObjectNode requirement)) {
                continue;
            }
            for (Map.Entry<String, Node> e : requirement.members().entrySet()) {
                boolean scoped = Optional.ofNullable(schemes.get(e.getKey()))
                        .flatMap(api::object)
                        .flatMap(s -> s.text("type"))
                        .filter(SCOPED_TYPES::contains)
                        .isPresent();
                if (scoped && e.getValue().asArray().map(a -> a.size() > 0).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }
}
