package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ObjectNode;

/** A default the schema rejects: the server applies a value no client could have sent. */
@RuleInfo(
        id = "api-default-invalid",
        title = "Default value does not match its schema",
        severity = Severity.WARNING,
        category = Category.VALIDATION,
        howToFix =
                "Make the default a value the schema accepts (right type, one of the enum values, within the limits).")
public final class DefaultInvalidRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        ExampleValidator validator = new ExampleValidator(api);
        for (SchemaSite site : api.schemas()) {
            check(context, validator, site.schema());
        }
        if (api.version() == SpecVersion.SWAGGER_2) {
            for (ObjectNode param : SchemaTypes.parameters(api)) {
                if (!param.has("schema")) {
                    check(context, validator, param);
                }
            }
        }
    }

    private static void check(ApiContext context, ExampleValidator validator, ObjectNode schema) {
        schema.get("default").ifPresent(value -> validator
                .validate(value, schema)
                .ifPresent(m -> context.report(value, "Default value does not match its schema" + m.describe())));
    }
}
