package dev.archforge.design.requirements;

import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads {@code actors}: a map from a lower-case name to a description, or to an object with
 * {@code description}, {@code admin} and {@code external}. Left out, the system has one actor,
 * {@value #DEFAULT_ACTOR}, and {@code actors} is an assumption.
 */
final class ActorsReader {
    static final String DEFAULT_ACTOR = "user";
    /** More than there are people, and enough for any fleet of devices. */
    static final long MAX_COUNT = 100_000_000_000L;

    private ActorsReader() {}

    static List<Actor> read(Section top, Set<String> assumed) {
        Optional<Node> value = top.get(RequirementKey.ACTORS);
        if (value.isEmpty()) {
            assumed.add(RequirementKey.ACTORS.path());
            return List.of(new Actor(DEFAULT_ACTOR, "People who use the system.", false, false, top.where()));
        }
        if (!(value.get() instanceof ObjectNode map)) {
            top.report(
                    value.get().location(),
                    "expected an object for actors (name: description), found " + Section.found(value.get()));
            return List.of();
        }
        if (map.size() == 0) {
            top.report(Section.whereOf(map), "expected at least one actor in actors");
        }
        List<Actor> out = new ArrayList<>(map.size());
        for (int i = 0; i < map.size(); i++) {
            actor(map.keyAt(i), map.valueAt(i), top.problems()).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Actor> actor(String name, Node value, Problems problems) {
        if (!Patterns.word(name)) {
            problems.add(
                    value.keyLocation(),
                    "actor name '" + name + "' is not lower-case, expected words and digits joined by '-' or '_'");
        }
        if (value instanceof ScalarNode s) {
            String description = s.kind() == ScalarNode.Kind.NULL ? "" : s.text();
            return Optional.of(new Actor(name, description, false, false, value.keyLocation()));
        }
        if (!(value instanceof ObjectNode)) {
            problems.add(
                    value.location(),
                    "expected a description or an object for actor '" + name + "', found " + Section.found(value));
            return Optional.of(new Actor(name, "", false, false, value.keyLocation()));
        }
        return Section.of(value, "actor '" + name + "'", RequirementKey.ACTORS, problems)
                .map(a -> new Actor(
                        name,
                        a.text(RequirementKey.ACTOR_DESCRIPTION)
                                .map(Text::value)
                                .orElse(""),
                        a.bool(RequirementKey.ACTOR_ADMIN).orElse(false),
                        a.bool(RequirementKey.ACTOR_EXTERNAL).orElse(false),
                        value.keyLocation(),
                        a.whole(RequirementKey.ACTOR_COUNT, 1, MAX_COUNT)
                                .map(OptionalLong::of)
                                .orElse(OptionalLong.empty())));
    }
}
