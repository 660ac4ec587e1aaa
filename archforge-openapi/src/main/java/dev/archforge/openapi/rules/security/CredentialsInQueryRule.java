package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Credentials in the query string end up in server and proxy logs, browser history and
 * {@code Referer} headers.
 */
@RuleInfo(
        id = "api-credentials-in-query",
        title = "Credential sent in the query string",
        severity = Severity.ERROR,
        category = Category.SECURITY,
        tags = {"owasp-api2"},
        howToFix = "Send credentials in a header ('Authorization' or an API-key header) or a cookie;"
                + " turn an API-key scheme's 'in: query' into 'in: header'.")
public final class CredentialsInQueryRule implements ApiRule {
    /** Parameter names, normalized by {@link SecuritySupport#norm}, that carry a credential. */
    private static final Set<String> CREDENTIALS = Set.of(
            "apikey",
            "apitoken",
            "accesstoken",
            "authtoken",
            "refreshtoken",
            "idtoken",
            "token",
            "password",
            "passwd",
            "secret",
            "clientsecret",
            "auth");

    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (Map.Entry<String, Node> e : api.securitySchemes().entrySet()) {
            SecuritySupport.scheme(api, e.getKey()).ifPresent(scheme -> {
                if (SecuritySupport.type(scheme).equals("apikey")
                        && scheme.text("in").filter("query"::equals).isPresent()) {
                    context.report(
                            e.getValue(),
                            "Security scheme '" + e.getKey() + "' sends the API key in query parameter '"
                                    + scheme.text("name").orElse("") + "'");
                }
            });
        }
        for (ObjectNode p : SecuritySupport.definedParameters(api)) {
            String name = p.text("name").orElse("");
            if (p.text("in").filter("query"::equals).isPresent() && CREDENTIALS.contains(SecuritySupport.norm(name))) {
                context.report(p, "Query parameter '" + name + "' carries a credential in the URL");
            }
        }
    }
}
