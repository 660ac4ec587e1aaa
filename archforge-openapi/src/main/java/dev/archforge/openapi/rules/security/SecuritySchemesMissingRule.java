package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;

/** A description that says nothing about authentication leaves clients and reviewers guessing. */
@RuleInfo(
        id = "api-security-schemes-missing",
        title = "The API declares no authentication",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        tags = {"owasp-api2"},
        howToFix = "Declare the security schemes the API accepts and apply them with a root 'security' list;"
                + " mark the operations that are really public with 'security: []'.")
public final class SecuritySchemesMissingRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        if (api.operations().isEmpty() || !api.securitySchemes().isEmpty() || SecuritySupport.anySecurityApplied(api)) {
            return;
        }
        Node at = api.root().get("info").orElse(api.root());
        String where = api.version().isOpenApi3() ? "'components.securitySchemes'" : "'securityDefinitions'";
        context.report(
                at,
                "API defines no security schemes (" + where + ") and no operation requires credentials, " + "across "
                        + api.operations().size() + " operations");
    }
}
