package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;

/**
 * A request schema that accepts unknown properties lets clients send fields the server may bind
 * without meaning to (mass assignment) and hides client typos. An explicit
 * {@code additionalProperties} (true or a schema) is a decision and is left alone.
 */
@RuleInfo(
        id = "api-additional-properties-open",
        title = "Request object schema accepts undeclared properties",
        severity = Severity.INFO,
        category = Category.VALIDATION,
        tags = {"owasp-api3", "strict"},
        howToFix = "Add 'additionalProperties: false' (in OpenAPI 3.1 with allOf, 'unevaluatedProperties: false').")
public final class AdditionalPropertiesOpenRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        for (SchemaSite site : RequestSchemas.objects(context.api())) {
            ObjectNode schema = site.schema();
            if (!schema.has("additionalProperties") && !schema.has("unevaluatedProperties")) {
                context.report(
                        schema,
                        RequestSchemas.label(site)
                                + " is sent in requests and does not set 'additionalProperties: false'");
            }
        }
    }
}
