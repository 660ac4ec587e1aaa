package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.model.SpecVersion;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import java.util.List;
import java.util.Optional;

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
        // the enum is looked up first: most schemas have none, and then no type list is built
        Optional<ArrayNode> values = schema.array("enum");
        if (values.isEmpty()) {
            return;
        }
        List<String> types = SchemaTypes.of(schema);
        if (types.isEmpty() || !SchemaTypes.KNOWN.containsAll(types)) {
            return;
        }
        for (Node value : values.get().items()) {
            boolean isNull = value.typeName().equals("null");
            if (isNull ? !SchemaTypes.nullable(schema) : !anyMatches(types, value)) {
                context.reportValue(
                        value,
                        "Enum value " + SchemaTypes.describe(value) + " does not match type '"
                                + String.join("', '", types) + "'");
            }
        }
    }

    /** A plain loop instead of {@code types.stream().anyMatch(...)}: runs for every enum value. */
    private static boolean anyMatches(List<String> types, Node value) {
        for (String t : types) {
            if (SchemaTypes.matches(t, value)) {
                return true;
            }
        }
        return false;
    }
}
