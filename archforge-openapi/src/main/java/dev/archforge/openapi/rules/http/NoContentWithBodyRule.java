package dev.archforge.openapi.rules.http;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;

/** 204 and 304 responses cannot carry content (RFC 9110 §15.3.5, §15.4.5); a declared body never arrives. */
@RuleInfo(
        id = "api-no-content-with-body",
        title = "204 or 304 response declares a body",
        severity = Severity.ERROR,
        category = Category.HTTP,
        howToFix = "Remove the content from the 204/304 response, or respond 200 if the body is meant to be sent.")
public final class NoContentWithBodyRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        boolean swagger = context.api().version() == SpecVersion.SWAGGER_2;
        for (HttpResponses.Site site :
                HttpResponses.withStatus(context.api(), code -> code.equals("204") || code.equals("304"))) {
            ObjectNode response = site.response();
            if (swagger) {
                response.get("schema")
                        .ifPresent(schema -> context.report(schema, site.label() + " declares a body schema"));
            } else {
                response.object("content")
                        .filter(content -> content.size() > 0 && declaresABody(content))
                        .ifPresent(content -> context.report(
                                content,
                                site.label() + " declares content '"
                                        + String.join("', '", content.members().keySet()) + "'"));
            }
        }
    }

    /**
     * True when some media type has a schema that says something. Generators emit
     * {@code application/json: {schema: {}}} (or no schema) on every response, 204 included; that
     * describes no body
     * and is left alone, so the error stays one a reader can defend.
     */
    private static boolean declaresABody(ObjectNode content) {
        for (Node media : content.members().values()) {
            if (!(media instanceof ObjectNode m)) {
                continue;
            }
            Node schema = m.get("schema").orElse(null);
            if (schema != null && !(schema instanceof ObjectNode s && s.size() == 0)) {
                return true;
            }
        }
        return false;
    }
}
