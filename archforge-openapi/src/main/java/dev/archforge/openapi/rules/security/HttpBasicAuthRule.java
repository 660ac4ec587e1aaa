package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP Basic sends a long-lived secret with every request; it cannot be scoped or expired, and it
 * is often a user's password.
 */
@RuleInfo(
        id = "api-http-basic-auth",
        title = "Security scheme uses HTTP Basic authentication",
        severity = Severity.INFO,
        category = Category.SECURITY,
        tags = {"owasp-api2"},
        howToFix = "Prefer bearer tokens (OAuth2 or scoped API tokens) that can be limited and revoked;"
                + " if Basic stays, accept only API tokens as the password and require HTTPS.")
public final class HttpBasicAuthRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (Map.Entry<String, Node> e : api.securitySchemes().entrySet()) {
            SecuritySupport.scheme(api, e.getKey()).ifPresent(scheme -> {
                String type = SecuritySupport.type(scheme);
                boolean basic = api.version() == SpecVersion.SWAGGER_2
                        ? type.equals("basic")
                        : type.equals("http")
                                && scheme.text("scheme")
                                        .map(s -> s.toLowerCase(Locale.ROOT))
                                        .filter("basic"::equals)
                                        .isPresent();
                if (basic) {
                    context.report(e.getValue(), "Security scheme '" + e.getKey() + "' uses HTTP Basic authentication");
                }
            });
        }
    }
}
