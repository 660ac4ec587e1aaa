package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.List;

/** {@code type: integer, enum: ["1", "2"]}: no value can satisfy both, so the schema accepts nothing. */
@RuleInfo(
        id = "api-enum-type-mismatch",
        title = "Enum value does not match the schema type",
        severity = Severity.ERROR,
        category = Category.VALIDATION,
        howToFix = "Write the enum values in the schema's type (in YAML, quote numbers meant as strings),"
                + " or fix the type.")
public final class EnumTypeMismatchRule implements ApiRule {
    @Override
    public void check(ApiContext context) {
        ApiDocument api = context.api();
        for (SchemaSite site : api.schemas()) {
            check(context, site.schema());
        }
        if (api.version() == SpecVersion.SWAGGER_2) {
            for (ObjectNode param : SchemaTypes.parameters(api)) {
                if (!param.has("schema")) {
                    check(context, param);
                    param.object("items").ifPresent(items -> check(context, items));
                }
            }
        }
    }

    private static void check(ApiContext context, ObjectNode schema) {
        List<String> types = SchemaTypes.of(schema);
        if (types.isEmpty() || !SchemaTypes.KNOWN.containsAll(types)) {
            return;
        }
        schema.array("enum").ifPresent(values -> {
            for (Node value : values.items()) {
                boolean isNull = value.typeName().equals("null");
                if (isNull
                        ? !SchemaTypes.nullable(schema)
                        : types.stream().noneMatch(t -> SchemaTypes.matches(t, value))) {
                    context.reportValue(
                            value,
                            "Enum value " + SchemaTypes.describe(value) + " does not match type '"
                                    + String.join("', '", types) + "'");
                }
            }
        });
    }
}
