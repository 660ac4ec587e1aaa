package dev.archforge.openapi.rules.security;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A URL clients send with nothing restricting where it points: when the server fetches it (a
 * webhook, an import, an avatar), the client can make the server reach internal hosts (SSRF).
 */
@RuleInfo(
        id = "api-url-input-unrestricted",
        title = "Request URL is not restricted",
        severity = Severity.WARNING,
        category = Category.SECURITY,
        tags = {"owasp-api7", "strict"},
        howToFix = "Restrict the URL with a 'pattern' (https only, allowed hosts) or an 'enum', and have the"
                + " server validate the resolved address against an allow-list before fetching it.")
public final class UrlInputUnrestrictedRule implements ApiRule {
    private static final Set<String> URL_FORMATS = Set.of("uri", "url", "iri");
    private static final Pattern URL_NAME =
            Pattern.compile("(?i:(url|uri|href)s?)|.*[_-](?i:(url|uri)s?)|.*[a-z0-9](Url|Uri|URL|URI)s?");

    @Override
    public void check(ApiContext context) {
        for (RequestInputs.Input i : RequestInputs.of(context.api())) {
            if (isUrl(i.schema(), i.baseName()) && !restricted(i.schema())) {
                context.report(i.at(), i.label() + " takes a URL without a pattern or enum");
            }
        }
    }

    private static boolean isUrl(ObjectNode schema, String name) {
        boolean string = SecuritySupport.hasType(schema, "string") || !schema.has("type");
        boolean format = schema.text("format").filter(URL_FORMATS::contains).isPresent();
        return string
                && (format
                        || (SecuritySupport.hasType(schema, "string")
                                && URL_NAME.matcher(name).matches()));
    }

    private static boolean restricted(ObjectNode schema) {
        return schema.has("pattern") || schema.has("enum") || schema.has("const");
    }
}
