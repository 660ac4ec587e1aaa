package dev.archforge.design.init;

import dev.archforge.design.init.BriefFacts.Reading;
import dev.archforge.design.init.Sketch.Action;
import dev.archforge.design.init.knowledge.ActorSpec;
import dev.archforge.design.init.knowledge.Domain;
import dev.archforge.design.init.knowledge.EntitySpec;
import dev.archforge.design.init.knowledge.Parts;
import dev.archforge.design.init.knowledge.PatternSpec;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.RequirementKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ties the brief's claims to the draft: counts to actors, rates to the access pattern of the action they
 * belong to, retentions to the entity they name, sizes to a pattern, and the rest to settings. Every
 * claim becomes one {@link Fact}; a claim that fits nowhere becomes a fact without a key and a warning.
 * A setting stated twice keeps the first value; the second is shown with a warning.
 */
final class Binder {
    /** The draft's parts with the brief's numbers in them, the settings stated, and every fact. */
    record Bound(Parts parts, Map<Setting, Object> settings, Map<Setting, Claim.Stated> claims, List<Fact> facts) {}

    private final Reading reading;
    private final Domain domain;
    private final Map<String, ActorSpec> actors = new LinkedHashMap<>();
    private final Map<String, EntitySpec> entities = new LinkedHashMap<>();
    private final Map<String, PatternSpec> patterns = new LinkedHashMap<>();
    private final Map<Setting, Object> settings = new EnumMap<>(Setting.class);
    private final Map<Setting, Claim.Stated> stated = new EnumMap<>(Setting.class);
    private final List<Fact> facts = new ArrayList<>();

    private Binder(Reading reading, Domain domain, Parts parts) {
        this.reading = reading;
        this.domain = domain;
        parts.actors().forEach(a -> actors.put(a.name(), a));
        parts.entities().forEach(e -> entities.put(e.name(), e));
        parts.patterns().forEach(p -> patterns.put(p.name(), p));
    }

    static Bound bind(Reading reading, Domain domain, Parts parts) {
        Binder b = new Binder(reading, domain, parts);
        reading.claims().stream().filter(c -> c instanceof Claim.Count).forEach(b::claim);
        reading.claims().stream().filter(c -> !(c instanceof Claim.Count)).forEach(b::claim);
        Parts out = parts.actors(b.actors.values().toArray(ActorSpec[]::new))
                .entities(b.entities.values().toArray(EntitySpec[]::new))
                .patterns(b.patterns.values().toArray(PatternSpec[]::new));
        return new Bound(out, b.settings, b.stated, b.facts);
    }

    private void claim(Claim claim) {
        if (claim instanceof Claim.Stated s) {
            if (settings.containsKey(s.setting())) {
                unmapped(
                        s.shown().<Object>map(v -> v).orElse(s.value()),
                        s.source(),
                        "a second value for " + s.setting().key() + "; the first, '"
                                + Objects.requireNonNull(stated.get(s.setting()))
                                        .source() + "', is used");
            } else {
                settings.put(s.setting(), s.value());
                stated.put(s.setting(), s);
            }
        } else if (claim instanceof Claim.Count c) {
            count(c);
        } else if (claim instanceof Claim.Rate r) {
            rate(r);
        } else if (claim instanceof Claim.Keep k) {
            keep(k);
        } else if (claim instanceof Claim.Size s) {
            size(s);
        } else if (claim instanceof Claim.Unmapped u) {
            unmapped(u.value(), u.source(), u.why());
        }
    }

    private void count(Claim.Count c) {
        Optional<String> actor = actor(c.actor());
        if (actor.isEmpty()) {
            ActorSpec added = Words.DEVICES.contains(c.actor())
                    ? ActorSpec.external(c.actor(), "Counted in the brief.")
                    : ActorSpec.of(c.actor(), "Counted in the brief.");
            actors.put(added.name(), added);
            actor = Optional.of(added.name());
        }
        ActorSpec a = Objects.requireNonNull(actors.get(actor.get()));
        if (a.count() > 0) {
            unmapped(c.value(), c.source(), "a second count of " + a.name() + "; the first is used");
            return;
        }
        actors.put(a.name(), a.count(c.value()));
        facts.add(new Fact(RequirementKey.ACTOR_COUNT.path(a.name()), c.value(), c.source()));
    }

    /** The draft's actor a noun names: by name, or a device noun as the draft's only machine actor. */
    private Optional<String> actor(String noun) {
        if (actors.containsKey(noun)) {
            return Optional.of(noun);
        }
        if (Words.DEVICES.contains(noun)) {
            List<String> machines = actors.values().stream()
                    .filter(ActorSpec::external)
                    .map(ActorSpec::name)
                    .toList();
            if (machines.size() == 1) {
                return Optional.of(machines.get(0));
            }
        }
        return Optional.empty();
    }

    private void rate(Claim.Rate r) {
        if (!r.perActor()) {
            Optional<String> entity = Entities.match(r.noun(), entities.keySet());
            if (entity.isEmpty()) {
                unmapped(
                        Facts.shown(r.stated(), r.frequency()),
                        r.source(),
                        "no entity '" + Names.pascal(r.noun())
                                + "' in the draft to give this rate to: add it, or set an access pattern's frequency");
                return;
            }
            PatternSpec p = creating(entity.get());
            setRate(p, r.frequency(), r.source(), r.stated());
            return;
        }
        Optional<PatternSpec> pattern = actionAt(r.at()).flatMap(this::patternOf);
        if (pattern.isEmpty()) {
            pattern = patterns.values().stream()
                    .filter(p -> p.operation() == Operation.CREATE
                            && actors.containsKey(p.actor())
                            && actors.get(p.actor()).external())
                    .findFirst();
        }
        if (pattern.isEmpty()) {
            Setting s = Setting.ACTIONS_PER_USER_PER_DAY;
            if (settings.containsKey(s)) {
                unmapped(
                        Facts.shown(r.stated(), r.frequency()),
                        r.source(),
                        "no action of the brief found for this rate");
            } else {
                settings.put(s, Math.max(0.01, Math.round(r.perUserPerDay() * 100) / 100.0));
                Claim.Stated claim = new Claim.Stated(s, settings.get(s), r.source(), r.at())
                        .showing(r.stated(), " per user per day");
                stated.put(s, claim);
            }
            return;
        }
        PatternSpec p = pattern.get();
        ActorSpec who = actors.get(p.actor());
        // a pattern's actor need not be a declared one (the filter above checks too): such a one is not counted
        boolean perUser = (who == null || (who.count() == 0 && !who.external()))
                && p.actor().equals(domain.primaryActor());
        setRate(
                p,
                perUser ? RateReader.show(r.perUserPerDay()) + " per user per day" : r.frequency(),
                r.source(),
                r.stated());
    }

    /** The action of the sketch a phrase at {@code at} belongs to: the last one before it in its sentence. */
    private Optional<Action> actionAt(int at) {
        int sentence = sentenceAt(at);
        Optional<Action> best = Optional.empty();
        for (Action a : reading.sketch().actions()) {
            if (a.sentence() == sentence && (a.start() < at || best.isEmpty())) {
                best = Optional.of(a);
            }
        }
        return best;
    }

    private int sentenceAt(int at) {
        int sentence = 0;
        for (Sketch.Token t : reading.sketch().tokens()) {
            if (t.start() > at) {
                break;
            }
            sentence = t.sentence();
        }
        return sentence;
    }

    /** The draft's pattern for an action: same entity and actor, the same operation first. */
    private Optional<PatternSpec> patternOf(Action a) {
        String noun = Verbs.PAYING.contains(a.verb()) ? "payment" : a.head();
        Optional<String> entity = Entities.match(noun, entities.keySet());
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        String actor = actor(a.actor()).orElse(a.actor());
        List<PatternSpec> onEntity = patterns.values().stream()
                .filter(p -> p.entity().equals(entity.get()))
                .toList();
        return onEntity.stream()
                .filter(p -> p.actor().equals(actor) && p.operation() == a.operation())
                .findFirst()
                .or(() -> onEntity.stream().filter(p -> p.actor().equals(actor)).findFirst())
                .or(() -> onEntity.stream()
                        .filter(p -> p.operation() == a.operation())
                        .findFirst());
    }

    /** The pattern that creates {@code entity}, added for the primary actor when there is none. */
    private PatternSpec creating(String entity) {
        return patterns.values().stream()
                .filter(p -> p.entity().equals(entity) && p.operation() == Operation.CREATE)
                .findFirst()
                .orElseGet(() -> {
                    PatternSpec p = PatternSpec.of(
                            "create-" + Names.kebab(entity), domain.primaryActor(), Operation.CREATE, entity, 1);
                    patterns.put(p.name(), p);
                    return p;
                });
    }

    private void setRate(PatternSpec p, String frequency, String source, String stated) {
        String key = RequirementKey.PATTERN_FREQUENCY.path(p.name());
        if (facts.stream().anyMatch(f -> f.key().equals(key))) {
            unmapped(
                    Facts.shown(stated, frequency),
                    source,
                    "a second rate for access pattern '" + p.name() + "'; the first is used");
            return;
        }
        patterns.put(p.name(), p.rate(frequency));
        facts.add(new Fact(key, Facts.shown(stated, frequency), source));
    }

    private void keep(Claim.Keep k) {
        Optional<String> entity = Entities.match(k.noun(), entities.keySet());
        Object value = k.retention().forever() ? "forever" : k.retention().months();
        if (entity.isPresent()) {
            EntitySpec e = Objects.requireNonNull(entities.get(entity.get()));
            entities.put(e.name(), e.retention(k.retention()));
            facts.add(new Fact(
                    RequirementKey.ENTITY_RETENTION_MONTHS.path(e.name()),
                    Facts.both(k.stated(), value)
                            .<Object>map(v -> v + " months")
                            .orElse(value),
                    k.source()));
            return;
        }
        Setting s = Setting.RETENTION_MONTHS;
        if (settings.containsKey(s)) {
            unmapped(
                    Facts.both(k.stated(), value)
                            .<Object>map(v -> v + " months")
                            .orElse(value),
                    k.source(),
                    "a second retention; the first is used");
            return;
        }
        int months = k.retention().forever() ? 1200 : k.retention().months();
        settings.put(s, months);
        Optional<String> warning = k.retention().forever()
                ? Optional.of("kept forever: scale.retention-months takes at most 1200 months; mark the entities that"
                        + " must never expire 'retention-months: forever'")
                : Optional.empty();
        stated.put(
                s,
                new Claim.Stated(s, months, k.source(), k.at(), warning)
                        .showing(k.retention().forever() ? "forever" : k.stated(), " months"));
    }

    private void size(Claim.Size s) {
        Optional<String> entity = Entities.match(s.noun(), entities.keySet());
        if (entity.isPresent()) {
            PatternSpec p = patterns.values().stream()
                    .filter(q -> q.entity().equals(entity.get()) && q.operation() == Operation.CREATE)
                    .findFirst()
                    .orElse(null);
            if (p != null && p.payloadBytes() == 0) {
                patterns.put(p.name(), p.payloadBytes(s.bytes()));
                facts.add(new Fact(
                        RequirementKey.PATTERN_PAYLOAD_BYTES.path(p.name()),
                        Facts.both(s.stated(), s.bytes())
                                .<Object>map(v -> v + " bytes")
                                .orElse(s.bytes()),
                        s.source()));
                return;
            }
        }
        if (List.of("response", "payload", "request", "").contains(s.noun())
                && !settings.containsKey(Setting.PAYLOAD_KB)) {
            double kb = Math.max(0.001, s.bytes() / 1000.0);
            settings.put(Setting.PAYLOAD_KB, kb);
            stated.put(
                    Setting.PAYLOAD_KB,
                    new Claim.Stated(Setting.PAYLOAD_KB, kb, s.source(), s.at()).showing(s.stated(), " kB"));
            return;
        }
        unmapped(
                Facts.both(s.stated(), s.bytes()).orElse(s.bytes() + "") + " bytes",
                s.source(),
                "no access pattern writes " + (s.noun().isEmpty() ? "it" : "'" + s.noun() + "'")
                        + ": set payload-bytes on the pattern that does");
    }

    private void unmapped(Object value, String source, String why) {
        facts.add(new Fact(Fact.NO_KEY, value, source, Optional.of(why)));
    }
}
