package dev.archforge.openapi.rules.structure;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The structure rules, sorted by id. */
public final class StructureRules {
    public static final List<ApiRule> ALL = List.of(
            new DuplicateKeyRule(),
            new IgnoreReasonMissingRule(),
            new IgnoreRuleUnknownRule(),
            new PathParameterNotRequiredRule(),
            new PathParameterUndeclaredRule(),
            new PathParameterUnusedRule(),
            new PathQueryStringRule(),
            new PathTemplateDuplicateRule(),
            new UnresolvedRefRule(),
            new ResponseStatusInvalidRule());

    private StructureRules() {}
}
