package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.AccessPattern.Operation;
import java.util.List;
import java.util.Optional;

/**
 * An access pattern a domain usually has: who does what to which entity, how often.
 *
 * @param filters field or relation names ({@code state} and {@code created_at} exist on every entity
 *     with a lifecycle and every entity respectively)
 * @param sort {@code field} or {@code field desc}
 * @param perUserPerDay how often one active user does this
 */
public record PatternSpec(
        String name,
        String actor,
        Operation operation,
        String entity,
        List<String> filters,
        Optional<String> sort,
        double perUserPerDay) {
    public PatternSpec {
        if (!name.matches("[a-z@][a-z0-9@-]*")) {
            throw new IllegalArgumentException("pattern name must be kebab-case, got '" + name + "'");
        }
        Shorthand.name("actor", actor);
        filters = List.copyOf(filters);
        filters.forEach(f -> Shorthand.name("filter", f));
        sort.ifPresent(s -> Shorthand.name("sort", s.replaceFirst(" desc$", "")));
        if (!(perUserPerDay > 0)) {
            throw new IllegalArgumentException("pattern '" + name + "' needs a positive frequency");
        }
    }

    public static PatternSpec of(String name, String actor, Operation operation, String entity, double perDay) {
        return new PatternSpec(name, actor, operation, entity, List.of(), Optional.empty(), perDay);
    }

    public PatternSpec filter(String... names) {
        return new PatternSpec(name, actor, operation, entity, List.of(names), sort, perUserPerDay);
    }

    public PatternSpec sort(String field) {
        return new PatternSpec(name, actor, operation, entity, filters, Optional.of(field), perUserPerDay);
    }
}
