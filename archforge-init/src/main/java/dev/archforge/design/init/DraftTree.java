package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.ActorSpec;
import dev.archforge.design.init.knowledge.EntitySpec;
import dev.archforge.design.init.knowledge.EventSpec;
import dev.archforge.design.init.knowledge.FieldSpec;
import dev.archforge.design.init.knowledge.Parts;
import dev.archforge.design.init.knowledge.PatternSpec;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.yaml.Commented;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a draft out as the ordered YAML tree of a requirements file, in the keys and order of {@code
 * examples/design/fitness.yaml}. Every assumed value carries {@link #ASSUMED} as a comment and its key
 * is listed under {@code assumptions}.
 */
final class DraftTree {
    /** The comment on every assumed value. */
    static final String ASSUMED = "assumed: answer 'archforge init' questions or edit";

    private DraftTree() {}

    /** The comment on an entity whose fields the brief did not give. */
    static final String NO_FIELDS = "fill in: the brief names this record but not what it holds";

    /**
     * The tree of a draft.
     *
     * @param assumedCounts actors whose {@code count} is assumed, for frequencies given per actor
     * @param brief the {@code brief} section: text, facts and risks
     */
    static Map<String, Object> build(
            String header,
            String name,
            String purpose,
            Parts parts,
            Map<Setting, Resolved> values,
            List<Setting> assumedFeatures,
            List<String> assumedCounts,
            Map<String, Object> brief) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> system = new LinkedHashMap<>();
        system.put(RequirementKey.SYSTEM_NAME.key(), name);
        system.put(RequirementKey.SYSTEM_PURPOSE.key(), purpose);
        Resolved audience = values.get(Setting.AUDIENCE);
        if (audience != null) {
            system.put(RequirementKey.AUDIENCE.key(), audience.value());
        }
        root.put(RequirementKey.SYSTEM.key(), new Commented(header, system));
        List<Object> features = parts.features().stream()
                .map(Feature::id)
                .map(Object.class::cast)
                .toList();
        root.put(
                RequirementKey.FEATURES.key(),
                assumedFeatures.isEmpty()
                        ? features
                        : new Commented(
                                "assumed without "
                                        + String.join(
                                                ", ",
                                                assumedFeatures.stream()
                                                        .map(Setting::field)
                                                        .toList()) + ": answer 'archforge init' questions or edit",
                                features));
        Map<String, Object> actors = new LinkedHashMap<>();
        parts.actors().forEach(a -> actors.put(a.name(), actor(a, assumedCounts.contains(a.name()))));
        root.put(RequirementKey.ACTORS.key(), actors);
        Map<String, Object> entities = new LinkedHashMap<>();
        parts.entities().forEach(e -> entities.put(e.name(), entity(e)));
        root.put(RequirementKey.ENTITIES.key(), entities);
        root.put(
                RequirementKey.ACCESS_PATTERNS.key(),
                parts.patterns().stream().map(DraftTree::pattern).toList());
        if (!parts.events().isEmpty()) {
            root.put(
                    RequirementKey.EVENTS.key(),
                    parts.events().stream().map(DraftTree::event).toList());
        }
        List<Object> assumptions = new ArrayList<>();
        assumedCounts.forEach(a -> assumptions.add(RequirementKey.ACTOR_COUNT.path(a)));
        for (RequirementKey section : List.of(RequirementKey.SCALE, RequirementKey.TEAM, RequirementKey.CONSTRAINTS)) {
            Map<String, Object> map = new LinkedHashMap<>();
            values.forEach((setting, resolved) -> {
                if (setting.section() == section && !omitted(setting, values)) {
                    map.put(
                            setting.field(),
                            resolved.assumed() ? new Commented(ASSUMED, resolved.value()) : resolved.value());
                    if (resolved.assumed()) {
                        assumptions.add(setting.key());
                    }
                }
            });
            root.put(section.key(), map);
        }
        if (!assumptions.isEmpty()) {
            root.put(RequirementKey.ASSUMPTIONS.key(), assumptions);
        }
        root.put(RequirementKey.BRIEF.key(), brief);
        return root;
    }

    /**
     * A cloud is named only for cloud hosting, the loader refusing one beside on-premises; a peak factor
     * only when no peak rate is given, the loader taking one or the other.
     */
    private static boolean omitted(Setting setting, Map<Setting, Resolved> values) {
        return (setting == Setting.CLOUD
                        && Resolved.of(values, Setting.HOSTING).value().equals("on-premises"))
                || (setting == Setting.PEAK_FACTOR && values.containsKey(Setting.PEAK_RPS));
    }

    private static Object actor(ActorSpec a, boolean countAssumed) {
        if (!a.admin() && !a.external() && a.count() == 0) {
            return a.description();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(RequirementKey.ACTOR_DESCRIPTION.key(), a.description());
        if (a.admin() || a.external()) {
            map.put((a.admin() ? RequirementKey.ACTOR_ADMIN : RequirementKey.ACTOR_EXTERNAL).key(), true);
        }
        if (a.count() > 0) {
            map.put(RequirementKey.ACTOR_COUNT.key(), countAssumed ? new Commented(ASSUMED, a.count()) : a.count());
        }
        return map;
    }

    private static Map<String, Object> entity(EntitySpec e) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (!e.description().isEmpty()) {
            map.put(RequirementKey.ENTITY_DESCRIPTION.key(), e.description());
        }
        if (e.account()) {
            map.put(RequirementKey.ENTITY_ACCOUNT.key(), true);
        }
        e.owner().ifPresent(o -> map.put(RequirementKey.ENTITY_OWNER.key(), o));
        if (e.growth() > 0) {
            map.put(RequirementKey.ENTITY_GROWTH.key(), e.growth());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldSpec f : e.fields()) {
            fields.put(f.name(), f.shorthand());
        }
        map.put(
                RequirementKey.ENTITY_FIELDS.key(),
                fields.isEmpty() && !e.account() ? new Commented(NO_FIELDS, fields) : fields);
        if (!e.relations().isEmpty()) {
            map.put(RequirementKey.ENTITY_RELATIONS.key(), List.copyOf(e.relations()));
        }
        if (!e.states().isEmpty()) {
            map.put(RequirementKey.ENTITY_STATES.key(), List.copyOf(e.states()));
        }
        if (e.appendOnly()) {
            map.put(RequirementKey.ENTITY_APPEND_ONLY.key(), true);
        }
        e.retention()
                .ifPresent(r -> map.put(
                        RequirementKey.ENTITY_RETENTION_MONTHS.key(), r.forever() ? "forever" : (Object) r.months()));
        if (!e.naturalKey().isEmpty()) {
            map.put(RequirementKey.ENTITY_NATURAL_KEY.key(), List.copyOf(e.naturalKey()));
        }
        return map;
    }

    private static Map<String, Object> pattern(PatternSpec p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(RequirementKey.PATTERN_NAME.key(), p.name());
        map.put(RequirementKey.PATTERN_ACTOR.key(), p.actor());
        map.put(p.operation().key().key(), p.entity());
        if (!p.filters().isEmpty()) {
            map.put(RequirementKey.PATTERN_FILTER.key(), p.filters());
        }
        p.sort().ifPresent(s -> map.put(RequirementKey.PATTERN_SORT.key(), s));
        map.put(RequirementKey.PATTERN_FREQUENCY.key(), p.frequency());
        if (p.payloadBytes() > 0) {
            map.put(RequirementKey.PATTERN_PAYLOAD_BYTES.key(), p.payloadBytes());
        }
        return map;
    }

    private static Map<String, Object> event(EventSpec e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(RequirementKey.EVENT_NAME.key(), e.name());
        map.put(RequirementKey.EVENT_ENTITY.key(), e.entity());
        map.put(RequirementKey.EVENT_CONSUMERS.key(), e.consumers());
        return map;
    }
}
