package dev.archforge.openapi.rules.pagination;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The pagination rules, sorted by id. */
public final class PaginationRules {
    public static final List<ApiRule> ALL = List.of(
            new CollectionNotPaginatedRule(),
            new PageSizeUnboundedRule(),
            new PaginationNextMissingRule(),
            new PaginationParameterInconsistentRule(),
            new PaginationStyleMixedRule());

    private PaginationRules() {}
}
