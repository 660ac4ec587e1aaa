package dev.archforge.openapi.rules.documentation;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The documentation rules, sorted by id. */
public final class DocumentationRules {
    public static final List<ApiRule> ALL = List.of(
            new ComponentUnusedRule(),
            new InfoContactMissingRule(),
            new InfoDescriptionMissingRule(),
            new InfoLicenseMissingRule(),
            new OperationIdDuplicateRule(),
            new OperationIdMissingRule(),
            new OperationSummaryMissingRule(),
            new OperationTagsMissingRule(),
            new ParameterDescriptionMissingRule(),
            new TagUndefinedRule(),
            new TagUnusedRule());

    private DocumentationRules() {}
}
