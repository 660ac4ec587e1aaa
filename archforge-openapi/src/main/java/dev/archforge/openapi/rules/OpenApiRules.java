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
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Each rule with its descriptor, ordered by id. The descriptor is read from the annotation once
     * per rule: reading it inside the sort's comparator read the annotations of 81 rules some
     * thousand times on every start.
     */
    private static final List<Described> DESCRIBED = sorted();

    private static final List<ApiRule> ALL =
            DESCRIBED.stream().map(Described::rule).toList();

    /** Every rule's id: what {@code x-archforge-ignore} may name. */
    private static final Set<String> IDS =
            DESCRIBED.stream().map(d -> d.descriptor().id()).collect(Collectors.toUnmodifiableSet());

    private OpenApiRules() {}

    public static List<ApiRule> all() {
        return ALL;
    }

    public static List<RuleDescriptor> descriptors() {
        return DESCRIBED.stream().map(Described::descriptor).toList();
    }

    /** The rules as the engine runs them; for an endpoint list only those that need just paths. */
    public static List<RegisteredRule<ApiDocument>> registered(boolean endpointList) {
        List<RegisteredRule<ApiDocument>> out = new ArrayList<>();
        for (Described described : DESCRIBED) {
            ApiRule rule = described.rule();
            if (endpointList && !rule.getClass().isAnnotationPresent(EndpointListRule.class)) {
                continue;
            }
            RuleDescriptor d = described.descriptor();
            out.add(new RegisteredRule<>(
                    d, (api, options, sink) -> rule.check(new ApiContext(api, d.id(), options, sink, IDS))));
        }
        return out;
    }

    private static List<Described> sorted() {
        List<Described> all = new ArrayList<>();
        for (List<ApiRule> area : AREAS) {
            for (ApiRule rule : area) {
                all.add(new Described(rule, Descriptors.of(rule.getClass())));
            }
        }
        all.sort(Comparator.comparing(d -> d.descriptor().id()));
        return List.copyOf(all);
    }

    /** A rule and the descriptor its annotation declares. */
    private record Described(ApiRule rule, RuleDescriptor descriptor) {}
}
