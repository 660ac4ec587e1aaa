package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.ActorSpec;
import dev.archforge.design.init.knowledge.EntitySpec;
import dev.archforge.design.init.knowledge.EventSpec;
import dev.archforge.design.init.knowledge.FieldSpec;
import dev.archforge.design.init.knowledge.Parts;
import dev.archforge.design.init.knowledge.PatternSpec;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.yaml.Commented;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    static Map<String, Object> build(
            String header,
            String name,
            String purpose,
            Parts parts,
            Map<Setting, Resolved> values,
            List<Setting> assumedFeatures) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("name", name);
        system.put("purpose", purpose);
        root.put("system", new Commented(header, system));
        List<Object> features = parts.features().stream()
                .map(Feature::id)
                .map(Object.class::cast)
                .toList();
        root.put(
                "features",
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
        parts.actors().forEach(a -> actors.put(a.name(), actor(a)));
        root.put("actors", actors);
        Map<String, Object> entities = new LinkedHashMap<>();
        parts.entities().forEach(e -> entities.put(e.name(), entity(e)));
        root.put("entities", entities);
        root.put(
                "access-patterns",
                parts.patterns().stream().map(DraftTree::pattern).toList());
        if (!parts.events().isEmpty()) {
            root.put("events", parts.events().stream().map(DraftTree::event).toList());
        }
        List<Object> assumptions = new ArrayList<>();
        for (String section : List.of("scale", "team", "constraints")) {
            Map<String, Object> map = new LinkedHashMap<>();
            values.forEach((setting, resolved) -> {
                if (setting.section().equals(section) && !omitted(setting, values)) {
                    map.put(
                            setting.field(),
                            resolved.assumed() ? new Commented(ASSUMED, resolved.value()) : resolved.value());
                    if (resolved.assumed()) {
                        assumptions.add(setting.key());
                    }
                }
            });
            root.put(section, map);
        }
        if (!assumptions.isEmpty()) {
            root.put("assumptions", assumptions);
        }
        return root;
    }

    /** A cloud is named only for cloud hosting; the loader refuses one beside on-premises. */
    private static boolean omitted(Setting setting, Map<Setting, Resolved> values) {
        return setting == Setting.CLOUD && values.get(Setting.HOSTING).value().equals("on-premises");
    }

    private static Object actor(ActorSpec a) {
        if (!a.admin() && !a.external()) {
            return a.description();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("description", a.description());
        map.put(a.admin() ? "admin" : "external", true);
        return map;
    }

    private static Map<String, Object> entity(EntitySpec e) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (!e.description().isEmpty()) {
            map.put("description", e.description());
        }
        if (e.account()) {
            map.put("account", true);
        }
        e.owner().ifPresent(o -> map.put("owner", o));
        if (e.growth() > 0) {
            map.put("growth-per-user-per-month", e.growth());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldSpec f : e.fields()) {
            fields.put(f.name(), f.shorthand());
        }
        map.put("fields", fields);
        if (!e.relations().isEmpty()) {
            map.put("relations", List.copyOf(e.relations()));
        }
        if (!e.states().isEmpty()) {
            map.put("states", List.copyOf(e.states()));
        }
        return map;
    }

    private static Map<String, Object> pattern(PatternSpec p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", p.name());
        map.put("actor", p.actor());
        map.put(p.operation().name().toLowerCase(Locale.ROOT), p.entity());
        if (!p.filters().isEmpty()) {
            map.put("filter", p.filters());
        }
        p.sort().ifPresent(s -> map.put("sort", s));
        map.put("frequency", Values.show(p.perUserPerDay()) + " per user per day");
        return map;
    }

    private static Map<String, Object> event(EventSpec e) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", e.name());
        map.put("entity", e.entity());
        map.put("consumers", e.consumers());
        return map;
    }
}
