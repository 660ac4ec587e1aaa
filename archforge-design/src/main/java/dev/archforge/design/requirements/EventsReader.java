package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code events}: a list of {@code {name, entity, consumers}} with unique PascalCase names and
 * known entities. Left out, there are none and {@code events} is an assumption.
 */
final class EventsReader {
    private EventsReader() {}

    static List<Event> read(Section top, List<Entity> entities, Set<String> assumed) {
        Optional<Node> value = top.get(RequirementKey.EVENTS);
        if (value.isEmpty()) {
            assumed.add(RequirementKey.EVENTS.path());
            return List.of();
        }
        List<String> names = entities.stream().map(Entity::name).toList();
        Map<String, Location> seen = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (Node item : Section.list(value.get(), RequirementKey.EVENTS.key(), top.problems())
                .map(ArrayNode::items)
                .orElse(List.of())) {
            String label = "event "
                    + item.asObject()
                            .flatMap(o -> o.scalarText(RequirementKey.EVENT_NAME.key()))
                            .map(n -> "'" + n + "'")
                            .orElse(Integer.toString(item.index() + 1));
            Section.of(item, label, RequirementKey.EVENTS, top.problems())
                    .flatMap(s -> event(s, label, names, seen))
                    .ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Event> event(Section s, String label, List<String> entities, Map<String, Location> seen) {
        int before = s.problems().count();
        Optional<Text> name = s.requiredText(
                RequirementKey.EVENT_NAME, "a PascalCase name in the past tense, such as 'WorkoutCompleted'");
        name.ifPresent(n -> {
            if (!Patterns.pascal(n.value())) {
                s.report(
                        n.location(),
                        "event name '" + n.value()
                                + "' is not PascalCase, expected a capital letter then letters and digits");
            }
            Location first = seen.putIfAbsent(n.value(), n.location());
            if (first != null) {
                s.report(n.location(), "event name '" + n.value() + "' is already used at " + first);
            }
        });
        Optional<Text> entity = s.requiredText(RequirementKey.EVENT_ENTITY, "the entity the event is about");
        entity.filter(e -> !entities.contains(e.value()))
                .ifPresent(e -> s.report(
                        e.location(),
                        "unknown entity '" + e.value() + "' in " + label + Suggest.hint(e.value(), entities)));
        List<String> consumers = s.texts(RequirementKey.EVENT_CONSUMERS).orElse(List.of()).stream()
                .map(Text::value)
                .toList();
        if (s.problems().count() > before || name.isEmpty() || entity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Event(name.get().value(), entity.get().value(), consumers, s.where()));
    }
}
