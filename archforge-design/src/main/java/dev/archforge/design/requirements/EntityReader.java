package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one entity: description, account, owner, fields, relations, states, soft-delete, growth. */
final class EntityReader {
    private final String name;
    private final Section section;
    private final Collection<String> entities;

    private EntityReader(String name, Section section, Collection<String> entities) {
        this.name = name;
        this.section = section;
        this.entities = entities;
    }

    static Optional<Entity> read(
            String name, Node value, Collection<String> entities, Set<Feature> features, Problems problems) {
        if (!Patterns.pascal(name)) {
            problems.add(
                    value.keyLocation(),
                    "entity name '" + name + "' is not PascalCase, expected a capital letter then letters and digits");
        }
        return Section.of(value, "entity '" + name + "'", RequirementKey.ENTITIES, problems)
                .map(s -> new EntityReader(name, s, entities).entity(features, value.keyLocation()));
    }

    private Entity entity(Set<Feature> features, Location location) {
        List<Field> fields = fields();
        List<Relation> relations = relations();
        List<String> states = states();
        boolean softDelete = section.bool(RequirementKey.ENTITY_SOFT_DELETE).orElse(false);
        Columns.checkClashes(
                name, fields, relations, Columns.implicit(!states.isEmpty(), softDelete, features), section);
        Optional<String> owner = owner(relations);
        boolean appendOnly = section.bool(RequirementKey.ENTITY_APPEND_ONLY).orElse(false);
        if (appendOnly && (!states.isEmpty() || softDelete)) {
            section.report(
                    section.get(RequirementKey.ENTITY_APPEND_ONLY).orElseThrow().location(),
                    "entity '" + name + "' is append-only but has " + (softDelete ? "soft-delete" : "states")
                            + ", expected records that never change once written");
        }
        return new Entity(
                name,
                section.text(RequirementKey.ENTITY_DESCRIPTION).map(Text::value).orElse(""),
                fields,
                relations,
                owner,
                states,
                softDelete,
                section.bool(RequirementKey.ENTITY_ACCOUNT).orElse(false),
                section.number(RequirementKey.ENTITY_GROWTH, BigDecimal.ZERO, BigDecimal.valueOf(1_000_000_000))
                        .map(BigDecimal::doubleValue)
                        .orElse(0.0),
                location,
                appendOnly,
                retention(),
                naturalKey(fields, relations));
    }

    private Optional<Retention> retention() {
        Optional<Node> value = section.get(RequirementKey.ENTITY_RETENTION_MONTHS);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
            if (s.text().equals("forever")) {
                return Optional.of(Retention.FOREVER);
            }
            section.report(
                    s.location(),
                    "expected a whole number of months (1 to 1200) or 'forever' for 'retention-months' of entity '"
                            + name + "', found " + Section.found(s));
            return Optional.empty();
        }
        return section.whole(RequirementKey.ENTITY_RETENTION_MONTHS, 1, 1200).map(m -> new Retention(m.intValue()));
    }

    private List<String> naturalKey(List<Field> fields, List<Relation> relations) {
        List<String> out = new ArrayList<>();
        for (Text t : section.texts(RequirementKey.ENTITY_NATURAL_KEY).orElse(List.of())) {
            String v = t.value();
            boolean known = fields.stream().anyMatch(f -> f.name().equals(v))
                    || relations.stream().anyMatch(r -> r.name().equals(v));
            if (!known) {
                List<String> names = new ArrayList<>();
                fields.forEach(f -> names.add(f.name()));
                relations.forEach(r -> names.add(r.name()));
                section.report(
                        t.location(),
                        "natural-key names '" + v + "', which is not a field or relation of entity '" + name + "'"
                                + Suggest.hint(v, names));
            } else if (out.contains(v)) {
                section.report(t.location(), "'" + v + "' is listed twice in natural-key of entity '" + name + "'");
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private List<Field> fields() {
        Optional<Node> value = section.get(RequirementKey.ENTITY_FIELDS);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof ObjectNode map)) {
            section.report(
                    value.get().location(),
                    "expected an object for 'fields' of entity '" + name + "' (name: type), found "
                            + Section.found(value.get()));
            return List.of();
        }
        List<Field> out = new ArrayList<>(map.size());
        for (int i = 0; i < map.size(); i++) {
            String field = map.keyAt(i);
            Node spec = map.valueAt(i);
            if (!Patterns.snake(field)) {
                section.report(
                        spec.keyLocation(),
                        "field name '" + field + "' of entity '" + name
                                + "' is not snake_case, expected lower-case words joined by '_'");
            }
            Section.scalar(spec, "field '" + field + "' of entity '" + name + "'", section.problems())
                    .flatMap(t -> FieldSpec.parse(field, t, section.problems()))
                    .ifPresent(out::add);
        }
        return out;
    }

    private List<Relation> relations() {
        List<Relation> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Text t : section.texts(RequirementKey.ENTITY_RELATIONS).orElse(List.of())) {
            Optional<Relation> r = RelationSpec.parse(t, name, entities, section.problems());
            if (r.isPresent() && !names.add(r.get().name())) {
                section.report(
                        t.location(),
                        "entity '" + name + "' has two relations named '"
                                + r.get().name() + "', name one of them with 'as <name>'");
            } else {
                r.ifPresent(out::add);
            }
        }
        return out;
    }

    private List<String> states() {
        Optional<List<Text>> texts = section.texts(RequirementKey.ENTITY_STATES);
        Set<String> out = new LinkedHashSet<>();
        for (Text t : texts.orElse(List.of())) {
            if (!Patterns.snake(t.value())) {
                section.report(
                        t.location(),
                        "state '" + t.value() + "' of entity '" + name
                                + "' is not snake_case, expected lower-case words joined by '_'");
            } else if (!out.add(t.value())) {
                section.report(t.location(), "state '" + t.value() + "' of entity '" + name + "' is listed twice");
            }
        }
        if (texts.isPresent() && texts.get().size() < 2) {
            section.report(
                    section.get(RequirementKey.ENTITY_STATES).orElseThrow().location(),
                    "entity '" + name + "' lists " + (texts.get().isEmpty() ? "no states" : "one state")
                            + ", expected at least two (or no 'states' for no lifecycle)");
        }
        return List.copyOf(out);
    }

    private Optional<String> owner(List<Relation> relations) {
        Optional<Text> owner = section.text(RequirementKey.ENTITY_OWNER);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        List<String> candidates = relations.stream()
                .filter(r -> r.kind() != RelationKind.MANY_TO_MANY)
                .map(Relation::name)
                .toList();
        String wanted = owner.get().value();
        if (candidates.contains(wanted)) {
            return Optional.of(wanted);
        }
        section.report(
                owner.get().location(),
                "owner '" + wanted + "' of entity '" + name + "' is not one of its belongs-to or one-to-one relations"
                        + (candidates.isEmpty()
                                ? ", expected the name of one, such as 'belongs-to User as " + wanted + "'"
                                : Suggest.hint(wanted, candidates)));
        return Optional.empty();
    }
}
