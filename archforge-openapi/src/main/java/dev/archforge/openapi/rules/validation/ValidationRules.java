package dev.archforge.openapi.rules.validation;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The validation rules, sorted by id. */
public final class ValidationRules {
    public static final List<ApiRule> ALL = List.of(
            new AdditionalPropertiesOpenRule(),
            new DefaultInvalidRule(),
            new EnumTypeMismatchRule(),
            new ExampleInvalidRule(),
            new FormatMissingRule(),
            new RequiredMissingRule(),
            new RequiredPropertyUndefinedRule());

    private ValidationRules() {}
}
