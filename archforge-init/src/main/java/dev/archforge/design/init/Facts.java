package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.ActorSpec;
import dev.archforge.design.init.knowledge.Parts;
import dev.archforge.design.requirements.RequirementKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of a draft: those tied to actors, entities and patterns, then one per stated setting with
 * the value written, in the file's order; and the {@code brief} section that keeps them.
 */
final class Facts {
    private Facts() {}

    static List<Fact> of(Binder.Bound bound, Map<Setting, Resolved> values) {
        List<Fact> out = new ArrayList<>();
        for (Setting s : Setting.values()) {
            Claim.Stated claim = bound.claims().get(s);
            if (claim == null) {
                continue;
            }
            Resolved resolved = values.get(s);
            Object value = resolved != null && resolved.source() == Source.STATED ? resolved.value() : claim.value();
            if (claim.value() instanceof LimitReader.RegionCount count) {
                value = count.count() + " regions: " + Values.show(value);
            } else if (claim.shown().isPresent() && value.equals(claim.value())) {
                value = claim.shown().get();
            }
            out.add(new Fact(s.key(), value, claim.source(), claim.warning()));
        }
        out.addAll(bound.facts());
        return out;
    }

    /**
     * A value with the figure the brief gave, {@code 1 per 5 seconds = 17280}, when the value does not
     * already show every number of it; empty when it does.
     */
    static Optional<String> both(String stated, Object value) {
        String shown = value instanceof Double d ? RateReader.show(d) : Values.show(value);
        List<String> figures = numbers(stated);
        if (stated.isBlank()
                || stated.equals(shown)
                || (!figures.isEmpty() && numbers(shown).containsAll(figures))) {
            return Optional.empty();
        }
        return Optional.of(stated + " = " + shown);
    }

    /** {@link #both} or the value alone. */
    static Object shown(String stated, Object value) {
        return both(stated, value).<Object>map(s -> s).orElse(value);
    }

    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The {@code brief} section: the text, every fact, the risks. */
    static Map<String, Object> section(String brief, List<Fact> facts, List<String> risks) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(RequirementKey.BRIEF_TEXT.key(), brief.strip().replaceAll("\\s+", " "));
        List<Object> list = new ArrayList<>();
        for (Fact f : facts) {
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put(RequirementKey.FACT_KEY.key(), f.key());
            fact.put(
                    RequirementKey.FACT_VALUE.key(),
                    f.value() instanceof Number || f.value() instanceof Boolean ? f.value() : f.shown());
            fact.put(RequirementKey.FACT_SOURCE.key(), f.source());
            list.add(
                    f.warning().isPresent()
                            ? new dev.archforge.design.yaml.Commented(
                                    f.warning().get(), fact)
                            : fact);
        }
        map.put(RequirementKey.BRIEF_FACTS.key(), list);
        map.put(RequirementKey.BRIEF_RISKS.key(), List.copyOf(risks));
        return map;
    }

    /** Every assumed value by key, as shown: settings, then actor counts. */
    static Map<String, String> assumed(Map<Setting, Resolved> values, Parts parts, List<String> counts) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((s, r) -> {
            if (r.assumed()
                    && !s.isFeature()
                    && !(s == Setting.CLOUD
                            && "on-premises"
                                    .equals(Resolved.of(values, Setting.HOSTING).value()))) {
                out.put(s.key(), Values.show(r.value()));
            }
        });
        for (ActorSpec a : parts.actors()) {
            if (counts.contains(a.name())) {
                out.put(RequirementKey.ACTOR_COUNT.path(a.name()), Long.toString(a.count()));
            }
        }
        return out;
    }
}
