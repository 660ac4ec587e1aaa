package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A security requirement that cannot be met as written: it names a scheme that is not declared,
 * or an OAuth2 scope that the scheme's flows do not define. Tools drop such requirements or fail.
 */
@RuleInfo(
        id = "api-security-scope-undefined",
        title = "Security requirement names an undefined scheme or scope",
        severity = Severity.ERROR,
        category = Category.SECURITY,
        tags = {"owasp-api5"},
        howToFix = "Declare the scheme under 'components.securitySchemes' ('securityDefinitions' in 2.0) and the"
                + " scope in the scheme's flows ('scopes' in 2.0), or correct the spelling in the requirement.")
public final class SecurityScopeUndefinedRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (ArrayNode list : SecuritySupport.securityLists(api)) {
            for (Node alt : list.items()) {
                alt.asObject().ifPresent(requirement -> check(context, api, requirement));
            }
        }
    }

    private static void check(ApiContext context, ApiDocument api, ObjectNode requirement) {
        for (Map.Entry<String, Node> e : requirement.members().entrySet()) {
            String name = e.getKey();
            Optional<ObjectNode> scheme = SecuritySupport.scheme(api, name);
            if (scheme.isEmpty()) {
                context.report(e.getValue(), "Security requirement names scheme '" + name + "', which is not defined");
                continue;
            }
            if (!SecuritySupport.type(scheme.get()).equals("oauth2")) {
                continue;
            }
            Set<String> defined = SecuritySupport.definedScopes(api, scheme.get());
            e.getValue().asArray().ifPresent(scopes -> {
                for (Node scope : scopes.items()) {
                    scope.asText()
                            .filter(s -> !defined.contains(s))
                            .ifPresent(s -> context.reportValue(
                                    scope, "Scope '" + s + "' is not defined by OAuth2 scheme '" + name + "'"));
                }
            });
        }
    }
}
