package dev.archforge.openapi.rules.versioning;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The versioning rules, sorted by id. */
public final class VersioningRules {
    public static final List<ApiRule> ALL =
            List.of(new VersionInPathAndServerRule(), new VersionInconsistentRule(), new VersionMissingRule());

    private VersioningRules() {}
}
