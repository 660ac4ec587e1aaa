package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.util.List;
import java.util.Optional;

/** {@code required: [nmae]} makes every request invalid, or silently requires a typo. */
@RuleInfo(
        id = "api-required-property-undefined",
        title = "Required property is not defined in properties",
        severity = Severity.ERROR,
        category = Category.VALIDATION,
        howToFix = "Fix the name in 'required' or add the property to 'properties'.")
public final class RequiredPropertyUndefinedRule implements ApiRule {
    /** Keywords through which a property not listed in {@code properties} may still be defined. */
    private static final List<String> OTHER_SOURCES =
            List.of("allOf", "anyOf", "oneOf", "patternProperties", "dependentSchemas", "if", "then", "else", "$ref");

    @Override
    public void check(ApiContext context) {
        Compositions compositions = Compositions.of(context.api());
        for (SchemaSite site : context.api().schemas()) {
            ObjectNode schema = site.schema();
            Optional<ObjectNode> properties = schema.object("properties");
            if (properties.isEmpty()
                    || OTHER_SOURCES.stream().anyMatch(schema::has)
                    || compositions.involves(schema)
                    || open(schema, "additionalProperties")
                    || open(schema, "unevaluatedProperties")) {
                continue;
            }
            schema.array("required").ifPresent(required -> {
                for (Node name : required.items()) {
                    name.asText()
                            .filter(n -> !properties.get().has(n))
                            .ifPresent(n -> context.reportValue(
                                    name, "Required property '" + n + "' is not defined in 'properties'"));
                }
            });
        }
    }

    /** True when the keyword is present and is not {@code false}: other properties are allowed. */
    private static boolean open(ObjectNode schema, String keyword) {
        return schema.get(keyword)
                .map(v -> !(v instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN && !s.isTrue()))
                .orElse(false);
    }
}
