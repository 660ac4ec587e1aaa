package dev.archforge.cli;

import dev.archforge.model.RuleDescriptor;
import dev.archforge.openapi.catalog.OpenApiRules;
import dev.archforge.sql.catalog.SqlRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every rule Archforge has, across review kinds, ordered by id. */
final class Catalog {
    private static final List<RuleDescriptor> ALL = build();

    private Catalog() {}

    static List<RuleDescriptor> all() {
        return ALL;
    }

    static Optional<RuleDescriptor> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static List<RuleDescriptor> build() {
        List<RuleDescriptor> all = new ArrayList<>(OpenApiRules.descriptors());
        all.addAll(SqlRules.descriptors());
        all.sort(Comparator.comparing(RuleDescriptor::id));
        return List.copyOf(all);
    }
}
