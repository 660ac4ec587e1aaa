package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A declared security scheme that nothing requires: the description and the real authentication
 * have drifted apart, or operations forgot their requirement.
 */
@RuleInfo(
        id = "api-security-scheme-unused",
        title = "Security scheme is never required",
        severity = Severity.INFO,
        category = Category.SECURITY,
        tags = {"owasp-api9"},
        howToFix = "Reference the scheme from the root 'security' list or from the operations that accept it,"
                + " or remove it.")
public final class SecuritySchemeUnusedRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        if (api.securitySchemes().isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (ArrayNode list : SecuritySupport.securityLists(api)) {
            list.items().forEach(alt -> alt.asObject()
                    .ifPresent(o -> used.addAll(o.members().keySet())));
        }
        for (Map.Entry<String, Node> e : api.securitySchemes().entrySet()) {
            if (!used.contains(e.getKey()) && !e.getKey().startsWith("x-")) {
                context.report(e.getValue(), "Security scheme '" + e.getKey() + "' is not required by any operation");
            }
        }
    }
}
