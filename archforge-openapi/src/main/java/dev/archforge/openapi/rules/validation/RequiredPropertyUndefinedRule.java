package dev.archforge.openapi.rules.validation;

import dev.archforge.lint.RuleInfo;
import dev.archforge.model.Category;
import dev.archforge.model.Severity;
import dev.archforge.openapi.model.SchemaSite;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.source.ArrayNode;
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
        for (SchemaSite site : context.api().propertySchemas()) {
            ObjectNode schema = site.schema();
            Optional<ObjectNode> properties = schema.object("properties");
            Optional<ArrayNode> required = schema.array("required");
            if (properties.isEmpty()
                    || required.isEmpty()
                    || hasOtherSource(schema)
                    || compositions.involves(schema)
                    || open(schema, "additionalProperties")
                    || open(schema, "unevaluatedProperties")) {
                continue;
            }
            ObjectNode props = properties.get();
            for (Node name : required.get().items()) {
                Optional<String> n = name.asText();
                if (n.isPresent() && !props.has(n.get())) {
                    context.reportValue(name, "Required property '" + n.get() + "' is not defined in 'properties'");
                }
            }
        }
    }

    /** A plain loop instead of {@code OTHER_SOURCES.stream().anyMatch(schema::has)}: runs for every schema. */
    private static boolean hasOtherSource(ObjectNode schema) {
        for (String keyword : OTHER_SOURCES) {
            if (schema.has(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** True when the keyword is present and is not {@code false}: other properties are allowed. */
    private static boolean open(ObjectNode schema, String keyword) {
        Optional<Node> v = schema.get(keyword);
        return v.isPresent()
                && !(v.get() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN && !s.isTrue());
    }
}
