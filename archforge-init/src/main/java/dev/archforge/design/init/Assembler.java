package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.ActorSpec;
import dev.archforge.design.init.knowledge.Capability;
import dev.archforge.design.init.knowledge.Domain;
import dev.archforge.design.init.knowledge.EntitySpec;
import dev.archforge.design.init.knowledge.EventSpec;
import dev.archforge.design.init.knowledge.FieldSpec;
import dev.archforge.design.init.knowledge.Parts;
import dev.archforge.design.init.knowledge.PatternSpec;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Feature;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a domain and its capabilities together into one set of parts: placeholders replaced, entities
 * declared twice merged (the first declaration's values win, fields and relations are added).
 */
final class Assembler {
    private final Domain domain;
    private final String mover;

    private Assembler(Domain domain, String mover) {
        this.domain = domain;
        this.mover = mover;
    }

    static Parts assemble(Domain domain, List<Capability> capabilities) {
        return assemble(domain, capabilities, domain.primaryActor());
    }

    /**
     * The domain's parts with the capabilities' added; {@code mover} is the actor whose positions a
     * location capability records ({@code @mover}, {@code @Mover} in its parts).
     */
    static Parts assemble(Domain domain, List<Capability> capabilities, String mover) {
        Assembler a = new Assembler(domain, mover);
        List<Parts> all = new ArrayList<>();
        all.add(domain.parts());
        capabilities.forEach(c -> all.add(c.parts()));
        EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
        Map<String, ActorSpec> actors = new LinkedHashMap<>();
        Map<String, EntitySpec> entities = new LinkedHashMap<>();
        Map<String, PatternSpec> patterns = new LinkedHashMap<>();
        Map<String, EventSpec> events = new LinkedHashMap<>();
        List<String> risks = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Parts p = all.get(i);
            features.addAll(p.features());
            p.actors().forEach(x -> actors.putIfAbsent(a.user(x.name()), a.actor(x)));
            p.entities().forEach(x -> entities.merge(a.entity(x).name(), a.entity(x), Assembler::merge));
            for (PatternSpec x : p.patterns()) {
                PatternSpec pattern = a.pattern(x);
                // the domain's own patterns (i == 0) are all kept; a capability's only when new
                boolean same = i > 0
                        && patterns.values().stream()
                                .anyMatch(q -> q.actor().equals(pattern.actor())
                                        && q.operation() == pattern.operation()
                                        && q.entity().equals(pattern.entity()));
                if (!same) {
                    patterns.putIfAbsent(pattern.name(), pattern);
                }
            }
            p.events().forEach(x -> events.putIfAbsent(x.name(), x));
            p.risks().stream().filter(r -> !risks.contains(r)).forEach(risks::add);
        }
        return Parts.none()
                .features(features.toArray(Feature[]::new))
                .actors(actors.values().toArray(ActorSpec[]::new))
                .entities(entities.values().toArray(EntitySpec[]::new))
                .patterns(patterns.values().toArray(PatternSpec[]::new))
                .events(events.values().toArray(EventSpec[]::new))
                .risks(risks.toArray(String[]::new));
    }

    /** {@code first} with what {@code second} adds: fields and relations it lacks, an owner, growth. */
    private static EntitySpec merge(EntitySpec first, EntitySpec second) {
        EntitySpec out = first;
        if (out.description().isEmpty() && !second.description().isEmpty()) {
            out = out.description(second.description());
        }
        if (out.owner().isEmpty() && second.owner().isPresent()) {
            out = out.owner(second.owner().get());
        }
        if (second.account() && !out.account()) {
            out = out.asAccount();
        }
        if (second.growth() > out.growth()) {
            out = out.growth(second.growth());
        }
        for (FieldSpec f : second.fields()) {
            if (out.fields().stream().noneMatch(g -> g.name().equals(f.name()))) {
                out = out.fields(f.name() + ": " + f.shorthand());
            }
        }
        for (String r : second.relations()) {
            if (!out.relations().contains(r)) {
                out = out.relations(r);
            }
        }
        if (second.appendOnly() && !out.appendOnly() && out.states().isEmpty()) {
            out = out.asAppendOnly();
        }
        if (out.retention().isEmpty() && second.retention().isPresent()) {
            out = out.retention(second.retention().get());
        }
        if (out.naturalKey().isEmpty() && !second.naturalKey().isEmpty()) {
            out = out.naturalKey(second.naturalKey().toArray(String[]::new));
        }
        return out.states().isEmpty() && !second.states().isEmpty() && !out.appendOnly()
                ? out.states(second.states().toArray(String[]::new))
                : out;
    }

    private String user(String name) {
        return name.replace("@user", domain.primaryActor())
                .replace("@mover", mover)
                .replace("@Mover", Names.pascal(mover));
    }

    private ActorSpec actor(ActorSpec a) {
        return new ActorSpec(user(a.name()), a.description(), a.admin(), a.external(), a.count());
    }

    private EntitySpec entity(EntitySpec e) {
        return new EntitySpec(
                user(e.name()),
                user(e.description()),
                e.owner().map(this::user),
                e.account(),
                e.growth(),
                e.fields(),
                e.relations().stream().map(this::user).toList(),
                e.states(),
                e.appendOnly(),
                e.retention(),
                e.naturalKey().stream().map(this::user).toList());
    }

    private PatternSpec pattern(PatternSpec p) {
        String entity = user(p.entity().replace("@primary", domain.primaryEntity()));
        return new PatternSpec(
                user(p.name()).replace("@primary", Names.collection(domain.primaryEntity())),
                user(p.actor()),
                p.operation(),
                entity,
                p.filters().stream().map(this::user).toList(),
                p.sort().map(this::user),
                p.perUserPerDay(),
                p.rate(),
                p.payloadBytes());
    }
}
