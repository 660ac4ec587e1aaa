package dev.archforge.design.requirements;

import dev.archforge.model.Location;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code access-patterns}: a list of {@code {name, actor, <operation>: Entity, filter, sort,
 * frequency}}. Names must be unique, actors and entities known, filters and sorts name what the
 * entity has (see {@link Columns}). Left out, there are none and {@code access-patterns} is an
 * assumption; a pattern without frequency happens once per user per day, assumed.
 */
final class AccessPatternsReader {
    private final List<Actor> actors;
    private final List<Entity> entities;
    private final Set<Feature> features;
    private final Set<String> assumed;
    private final Problems problems;
    private final Map<String, Location> seen = new HashMap<>();
    /** Names of the patterns whose shape the file states. */
    private final Set<String> stated = new HashSet<>();

    private AccessPatternsReader(
            List<Actor> actors, List<Entity> entities, Set<Feature> features, Set<String> assumed, Problems problems) {
        this.actors = actors;
        this.entities = entities;
        this.features = features;
        this.assumed = assumed;
        this.problems = problems;
    }

    static List<AccessPattern> read(
            Section top, List<Actor> actors, List<Entity> entities, Set<Feature> features, Set<String> assumed) {
        Optional<Node> value = top.get(RequirementKey.ACCESS_PATTERNS);
        if (value.isEmpty()) {
            assumed.add(RequirementKey.ACCESS_PATTERNS.path());
            return List.of();
        }
        Optional<ArrayNode> list = Section.list(value.get(), RequirementKey.ACCESS_PATTERNS.key(), top.problems());
        AccessPatternsReader reader = new AccessPatternsReader(actors, entities, features, assumed, top.problems());
        List<AccessPattern> out = new ArrayList<>();
        for (Node item : list.map(ArrayNode::items).orElse(List.of())) {
            reader.pattern(item).ifPresent(out::add);
        }
        return reader.defaultShapes(out);
    }

    /**
     * Patterns without a stated shape are steady when a fleet sends at a per-actor rate, or when a
     * machine writes at an absolute rate to data without a lifecycle that no person writes (readings);
     * a machine calling back about what people do (a payment provider's webhooks) follows their day.
     */
    private List<AccessPattern> defaultShapes(List<AccessPattern> patterns) {
        Set<String> humanWritten = new HashSet<>();
        for (AccessPattern p : patterns) {
            if (p.operation().isWrite() && !machine(p.actor())) {
                humanWritten.add(p.entity());
            }
        }
        List<AccessPattern> out = new ArrayList<>(patterns.size());
        for (AccessPattern p : patterns) {
            boolean steady = !stated.contains(p.name())
                    && (p.perActorPerSecond() > 0
                            || (p.perSecond() > 0
                                    && machine(p.actor())
                                    && !humanWritten.contains(p.entity())
                                    && !hasLifecycle(p.entity())));
            out.add(steady ? withShape(p, Shape.STEADY) : p);
        }
        return out;
    }

    private boolean hasLifecycle(String entity) {
        return entities.stream()
                .anyMatch(e -> e.name().equals(entity) && !e.states().isEmpty());
    }

    private boolean machine(String actor) {
        return actors.stream().anyMatch(a -> a.name().equals(actor) && a.external());
    }

    private static AccessPattern withShape(AccessPattern p, Shape shape) {
        return new AccessPattern(
                p.name(),
                p.actor(),
                p.operation(),
                p.entity(),
                p.filters(),
                p.sort(),
                p.descending(),
                p.perUserPerDay(),
                p.perSecond(),
                p.location(),
                shape,
                p.payloadBytes(),
                p.perActorPerSecond());
    }

    private Optional<AccessPattern> pattern(Node item) {
        String label = "access pattern "
                + item.asObject()
                        .flatMap(o -> o.scalarText(RequirementKey.PATTERN_NAME.key()))
                        .map(n -> "'" + n + "'")
                        .orElse(Integer.toString(item.index() + 1));
        Optional<Section> section = Section.of(item, label, RequirementKey.ACCESS_PATTERNS, problems);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        Section s = section.get();
        int before = problems.count();
        String name = name(s);
        String actor = s.requiredText(RequirementKey.PATTERN_ACTOR, "the name of the actor who does this")
                .filter(t -> known(t, "actor", actors.stream().map(Actor::name).toList(), label))
                .map(Text::value)
                .orElse("");
        Optional<Target> target = Target.read(s, entities, label);
        List<String> filters =
                target.map(t -> Filters.filters(s, t, features, label)).orElse(List.of());
        Optional<Filters.Sort> sort = target.flatMap(t -> Filters.sort(s, t, features, label));
        Frequency frequency = frequency(s, name, label);
        Optional<Actor> who =
                actors.stream().filter(a -> a.name().equals(actor)).findFirst();
        double perSecond = frequency.perSecond();
        if (frequency.perActor() && who.isPresent()) {
            if (who.get().count().isEmpty()) {
                s.report(
                        s.get(RequirementKey.PATTERN_FREQUENCY).orElseThrow().location(),
                        label + " gives a frequency per actor, but actor '" + actor
                                + "' has no 'count', expected how many of them there are");
            } else {
                perSecond = frequency.perActorPerSecond() * who.get().count().getAsLong();
            }
        }
        Shape shape = shape(s, name, label);
        OptionalInt payload = s.whole(RequirementKey.PATTERN_PAYLOAD_BYTES, 1, 1_000_000_000L)
                .map(b -> OptionalInt.of(b.intValue()))
                .orElse(OptionalInt.empty());
        if (problems.count() > before || target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AccessPattern(
                name,
                actor,
                target.get().operation(),
                target.get().entity().name(),
                filters,
                sort.map(Filters.Sort::name),
                sort.map(Filters.Sort::descending).orElse(false),
                frequency.perUserPerDay(),
                perSecond,
                s.where(),
                shape,
                payload,
                frequency.perActorPerSecond()));
    }

    /** The stated shape; diurnal until {@link #defaultShapes} has seen every pattern. */
    private Shape shape(Section s, String name, String label) {
        Optional<Text> text = s.text(RequirementKey.PATTERN_SHAPE);
        if (text.isEmpty()) {
            return Shape.DIURNAL;
        }
        stated.add(name);
        return Shape.parse(text.get().value()).orElseGet(() -> {
            s.report(
                    text.get().location(),
                    "expected 'steady' or 'diurnal' for 'shape' of " + label + ", found '"
                            + text.get().value() + "'");
            return Shape.DIURNAL;
        });
    }

    private String name(Section s) {
        Optional<Text> name =
                s.requiredText(RequirementKey.PATTERN_NAME, "a kebab-case name such as 'list-my-workouts'");
        if (name.isEmpty()) {
            return "";
        }
        String value = name.get().value();
        if (!Patterns.kebab(value)) {
            s.report(
                    name.get().location(),
                    "access pattern name '" + value
                            + "' is not kebab-case, expected lower-case words and digits joined by '-'");
        }
        Location first = seen.putIfAbsent(value, name.get().location());
        if (first != null) {
            s.report(name.get().location(), "access pattern name '" + value + "' is already used at " + first);
        }
        return value;
    }

    private boolean known(Text t, String kind, List<String> names, String label) {
        if (names.contains(t.value())) {
            return true;
        }
        problems.add(
                t.location(), "unknown " + kind + " '" + t.value() + "' in " + label + Suggest.hint(t.value(), names));
        return false;
    }

    private Frequency frequency(Section s, String name, String label) {
        Optional<Text> text = s.text(RequirementKey.PATTERN_FREQUENCY);
        if (text.isEmpty()) {
            assumed.add(RequirementKey.PATTERN_FREQUENCY.path(name));
            return Frequency.DEFAULT;
        }
        return Frequency.parse(text.get().value().toLowerCase(Locale.ROOT)).orElseGet(() -> {
            s.report(
                    text.get().location(),
                    "expected " + Frequency.EXPECTED + " for " + label + ", found '"
                            + text.get().value() + "'");
            return Frequency.DEFAULT;
        });
    }
}
