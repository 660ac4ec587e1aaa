package dev.archforge.design.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code filter} list and the {@code sort} of an access pattern against what the entity
 * has. Creating takes no filter; only listing and searching take a sort.
 */
final class Filters {
    private Filters() {}

    /** A sort written {@code name [asc|desc]}. */
    record Sort(String name, boolean descending) {}

    static List<String> filters(Section s, Target target, Set<Feature> features, String label) {
        Optional<List<Text>> texts = s.texts(RequirementKey.PATTERN_FILTER);
        if (texts.isEmpty()) {
            return List.of();
        }
        if (target.operation() == AccessPattern.Operation.CREATE) {
            s.report(
                    s.get(RequirementKey.PATTERN_FILTER).orElseThrow().keyLocation(),
                    label + " creates, so it takes no 'filter'");
            return List.of();
        }
        List<String> columns = Columns.of(target.entity(), features);
        List<String> out = new ArrayList<>();
        for (Text t : texts.get()) {
            if (!columns.contains(t.value())) {
                s.report(t.location(), unknown("filter", t.value(), target.entity(), label, columns));
            } else if (out.contains(t.value())) {
                s.report(t.location(), "filter '" + t.value() + "' of " + label + " is listed twice");
            } else {
                out.add(t.value());
            }
        }
        return out;
    }

    static Optional<Sort> sort(Section s, Target target, Set<Feature> features, String label) {
        Optional<Text> text = s.text(RequirementKey.PATTERN_SORT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        AccessPattern.Operation op = target.operation();
        if (op != AccessPattern.Operation.LIST && op != AccessPattern.Operation.SEARCH) {
            s.report(text.get().location(), label + " does not list or search, so it takes no 'sort'");
            return Optional.empty();
        }
        String[] words = text.get().value().trim().split("\\s+");
        if (words.length > 2 || (words.length == 2 && !words[1].equals("asc") && !words[1].equals("desc"))) {
            s.report(
                    text.get().location(),
                    "expected 'name', 'name asc' or 'name desc' for the sort of " + label + ", found '"
                            + text.get().value() + "'");
            return Optional.empty();
        }
        Entity entity = target.entity();
        List<String> columns = Columns.of(entity, features).stream()
                .filter(c -> entity.relation(c)
                        .map(r -> r.kind() != RelationKind.MANY_TO_MANY)
                        .orElse(true))
                .toList();
        if (!columns.contains(words[0])) {
            s.report(text.get().location(), unknown("sort", words[0], entity, label, columns));
            return Optional.empty();
        }
        return Optional.of(new Sort(words[0], words.length == 2 && words[1].equals("desc")));
    }

    private static String unknown(String what, String name, Entity entity, String label, List<String> columns) {
        return what + " '" + name + "' of " + label + " is not a field or relation of '" + entity.name() + "'"
                + Suggest.hint(name, columns);
    }
}
