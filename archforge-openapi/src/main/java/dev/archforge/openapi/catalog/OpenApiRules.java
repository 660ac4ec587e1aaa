package dev.archforge.openapi.catalog;

import dev.archforge.lint.RegisteredRule;
import dev.archforge.lint.RuleRegistry;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.rules.ApiContext;
import dev.archforge.openapi.rules.ApiRule;
import dev.archforge.openapi.rules.EndpointListRule;
import dev.archforge.openapi.rules.documentation.DocumentationRules;
import dev.archforge.openapi.rules.errors.ErrorRules;
import dev.archforge.openapi.rules.http.HttpRules;
import dev.archforge.openapi.rules.naming.NamingRules;
import dev.archforge.openapi.rules.pagination.PaginationRules;
import dev.archforge.openapi.rules.security.SecurityRules;
import dev.archforge.openapi.rules.structure.StructureRules;
import dev.archforge.openapi.rules.validation.ValidationRules;
import dev.archforge.openapi.rules.versioning.VersioningRules;
import java.util.List;

/**
 * Every API rule, from the explicit per-area lists (no classpath scanning), ordered by id. It lives
 * apart from the rule interface: the areas depend on {@code rules}, this on the areas.
 */
public final class OpenApiRules {
    private static final RuleRegistry<ApiRule> REGISTRY = RuleRegistry.of(List.of(
            DocumentationRules.ALL,
            ErrorRules.ALL,
            HttpRules.ALL,
            NamingRules.ALL,
            PaginationRules.ALL,
            SecurityRules.ALL,
            StructureRules.ALL,
            ValidationRules.ALL,
            VersioningRules.ALL));

    private OpenApiRules() {}

    public static RuleRegistry<ApiRule> registry() {
        return REGISTRY;
    }

    public static List<ApiRule> all() {
        return REGISTRY.rules();
    }

    public static List<RuleDescriptor> descriptors() {
        return REGISTRY.descriptors();
    }

    /** The rules as the engine runs them; for an endpoint list only those that need just paths. */
    public static List<RegisteredRule<ApiDocument>> registered(boolean endpointList) {
        return REGISTRY.registered(
                entry -> !endpointList || entry.rule().getClass().isAnnotationPresent(EndpointListRule.class),
                (rule, d) ->
                        (api, options, sink) -> rule.check(new ApiContext(api, d.id(), options, sink, REGISTRY.ids())));
    }
}
