package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import java.util.Map;

/**
 * The implicit grant leaks access tokens through redirect URLs, and the resource owner password
 * grant hands the user's password to the client; the OAuth 2.0 Security BCP (RFC 9700) says not
 * to use either.
 */
@RuleInfo(
        id = "api-oauth-flow-deprecated",
        title = "OAuth2 scheme offers the implicit or password flow",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        tags = {"owasp-api2"},
        howToFix = "Offer the authorization code flow with PKCE instead of the implicit flow, and the"
                + " authorization code or client credentials flow instead of the password flow.")
public final class OAuthFlowDeprecatedRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (Map.Entry<String, Node> e : api.securitySchemes().entrySet()) {
            String name = e.getKey();
            SecuritySupport.scheme(api, name)
                    .filter(s -> SecuritySupport.type(s).equals("oauth2"))
                    .ifPresent(scheme -> {
                        if (api.version() == SpecVersion.SWAGGER_2) {
                            scheme.get("flow").ifPresent(flow -> flow.asText()
                                    .filter(f -> f.equals("implicit") || f.equals("password"))
                                    .ifPresent(f -> context.reportValue(flow, message(name, f))));
                        } else {
                            scheme.object("flows")
                                    .ifPresent(flows -> flows.members().forEach((f, node) -> {
                                        if (f.equals("implicit") || f.equals("password")) {
                                            context.report(node, message(name, f));
                                        }
                                    }));
                        }
                    });
        }
    }

    private static String message(String scheme, String flow) {
        String what = flow.equals("implicit") ? "the implicit flow" : "the resource owner password flow";
        return "OAuth2 scheme '" + scheme + "' offers " + what + " ('" + flow + "'), deprecated by RFC 9700";
    }
}
