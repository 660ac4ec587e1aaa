package dev.archforge.openapi.rules;

import dev.archforge.lint.Descriptors;
import dev.archforge.lint.RegisteredRule;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.documentation.DocumentationRules;
import dev.archforge.openapi.rules.errors.ErrorRules;
import dev.archforge.openapi.rules.http.HttpRules;
import dev.archforge.openapi.rules.naming.NamingRules;
import dev.archforge.openapi.rules.pagination.PaginationRules;
import dev.archforge.openapi.rules.security.SecurityRules;
import dev.archforge.openapi.rules.structure.StructureRules;
import dev.archforge.openapi.rules.validation.ValidationRules;
import dev.archforge.openapi.rules.versioning.VersioningRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every API rule, from the explicit per-area lists (no classpath scanning), ordered by id.
 */
public final class OpenApiRules {
    /** The per-area registries, each a sorted {@code List.of(...)}. */
    public static final List<List<ApiRule>> AREAS = List.of(
            DocumentationRules.ALL,
            ErrorRules.ALL,
            HttpRules.ALL,
            NamingRules.ALL,
            PaginationRules.ALL,
            SecurityRules.ALL,
            StructureRules.ALL,
            ValidationRules.ALL,
            VersioningRules.ALL);

    private static final List<ApiRule> ALL = sorted();

    private OpenApiRules() {}

    public static List<ApiRule> all() {
        return ALL;
    }

    public static List<RuleDescriptor> descriptors() {
        return ALL.stream().map(r -> Descriptors.of(r.getClass())).toList();
    }

    /** The rules as the engine runs them; for an endpoint list only those that need just paths. */
    public static List<RegisteredRule<ApiDocument>> registered(boolean endpointList) {
        List<RegisteredRule<ApiDocument>> out = new ArrayList<>();
        for (ApiRule rule : ALL) {
            if (endpointList && !rule.getClass().isAnnotationPresent(EndpointListRule.class)) {
                continue;
            }
            RuleDescriptor d = Descriptors.of(rule.getClass());
            out.add(new RegisteredRule<>(
                    d, (api, options, sink) -> rule.check(new ApiContext(api, d.id(), options, sink))));
        }
        return out;
    }

    private static List<ApiRule> sorted() {
        List<ApiRule> all = new ArrayList<>();
        AREAS.forEach(all::addAll);
        all.sort(Comparator.comparing(r -> Descriptors.of(r.getClass()).id()));
        return List.copyOf(all);
    }
}
