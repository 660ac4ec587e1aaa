package dev.archforge.openapi.rules.documentation;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The documentation rules, sorted by id. */
public final class DocumentationRules {
    public static final List<ApiRule> ALL = List.of();

    private DocumentationRules() {}
}
