package dev.archforge.openapi.rules.naming;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The naming rules, sorted by id. */
public final class NamingRules {
    public static final List<ApiRule> ALL = List.of(
            new ParameterCaseInconsistentRule(),
            new PathCaseInconsistentRule(),
            new PathCollectionSingularRule(),
            new PathFileExtensionRule(),
            new PathParameterResourceMismatchRule(),
            new PathTooDeepRule(),
            new PathTrailingSlashRule(),
            new PathVerbRule(),
            new PropertyCaseInconsistentRule(),
            new SchemaNameNotPascalCaseRule(),
            new SubresourceWithoutParentRule());

    private NamingRules() {}
}
