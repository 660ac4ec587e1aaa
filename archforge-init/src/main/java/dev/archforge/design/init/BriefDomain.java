package dev.archforge.design.init;

import dev.archforge.design.init.BriefFacts.Reading;
import dev.archforge.design.init.Sketch.Action;
import dev.archforge.design.init.knowledge.ActorSpec;
import dev.archforge.design.init.knowledge.Audience;
import dev.archforge.design.init.knowledge.Domain;
import dev.archforge.design.init.knowledge.EntitySpec;
import dev.archforge.design.init.knowledge.Parts;
import dev.archforge.design.init.knowledge.PatternSpec;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Feature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The domain of a brief the knowledge base does not know, built from the brief's own nouns and verbs:
 * its actors are the subjects of its verbs, its entities their objects ("riders request trips" gives
 * {@code Trip}, created by {@code rider}) and the records it counts or keeps, its access patterns the
 * actions. Positions a subject sends become the location capability's ping entity; paying is a payment.
 * When the brief names no record, the domain has only the account entity, and a risk says to add them.
 */
final class BriefDomain {
    /** The risk of a draft whose entities were read from the brief. */
    static final String READ_FROM_BRIEF = "Entities and access patterns were read from the brief's nouns and verbs:"
            + " check them, and fill in the fields of each entity.";
    /** The risk of a draft that found no entity. */
    static final String NO_ENTITIES = "The brief names no record the system keeps: add them under 'entities' (with"
            + " access patterns) before running 'archforge design'.";

    private static final Set<String> NEAR = Set.of("nearby", "near", "closest", "nearest", "around", "map", "live");

    private final Reading reading;
    private final Map<String, ActorSpec> actors = new LinkedHashMap<>();
    private final Map<String, EntitySpec> entities = new LinkedHashMap<>();
    private final Map<String, PatternSpec> patterns = new LinkedHashMap<>();
    private String primaryActor = "";
    private String primaryEntity = "";

    private BriefDomain(Reading reading) {
        this.reading = reading;
    }

    /** The domain of {@code reading}, from {@code fallback}'s profile, name and features. */
    static Domain of(Reading reading, Domain fallback) {
        BriefDomain d = new BriefDomain(reading);
        d.build();
        boolean found = d.entities.size() > 1;
        boolean devicesOnly = !d.actors.isEmpty() && d.actors.values().stream().allMatch(ActorSpec::external);
        if (d.actors.values().stream().noneMatch(a -> !a.external())) {
            d.actors.put("user", ActorSpec.of("user", "People who use the system."));
        }
        if (d.primaryActor.isEmpty()) {
            d.primaryActor = d.actors.values().stream()
                    .filter(a -> !a.external())
                    .findFirst()
                    .orElseThrow()
                    .name();
        }
        d.actors.putIfAbsent("admin", ActorSpec.admin("Staff who support users."));
        if (d.primaryEntity.isEmpty()) {
            d.primaryEntity =
                    d.entities.keySet().stream().skip(found ? 1 : 0).findFirst().orElseThrow();
        }
        return new Domain(
                fallback.id(),
                fallback.title(),
                List.of(),
                fallback.systemName(),
                d.primaryActor,
                d.primaryEntity,
                devicesOnly ? Audience.DEVICES : fallback.audience(),
                fallback.profile(),
                Parts.none()
                        .features(Feature.AUTH)
                        .actors(d.actors.values().toArray(ActorSpec[]::new))
                        .entities(d.entities.values().toArray(EntitySpec[]::new))
                        .patterns(d.patterns.values().toArray(PatternSpec[]::new))
                        .risks(found ? READ_FROM_BRIEF : NO_ENTITIES));
    }

    /** The actor that reports positions: the subject that sends its location, else a device, else none. */
    static Optional<String> mover(Reading reading) {
        for (Action a : reading.sketch().actions()) {
            if (Words.POSITIONS.contains(a.head()) && a.operation() == Operation.CREATE) {
                return Optional.of(a.actor());
            }
        }
        return reading.sketch().actors().entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private void build() {
        entities.put("User", accountEntity());
        reading.sketch().actors().forEach((name, device) -> actors.put(name, actor(name, device)));
        for (Action a : reading.sketch().actions()) {
            entityOf(a).ifPresent(entity -> pattern(a, entity));
        }
        for (Claim c : reading.claims()) {
            String noun =
                    c instanceof Claim.Rate r && !r.perActor() ? r.noun() : c instanceof Claim.Keep k ? k.noun() : "";
            if (!noun.isEmpty()
                    && Sketch.actorOf(noun).isEmpty()
                    && !PhraseWords.NOT_RECORDS.contains(noun)
                    && Entities.match(noun, entities.keySet()).isEmpty()) {
                String name = Names.pascal(noun);
                entities.put(name, owned(EntitySpec.named(name), primaryOrFirst()));
                if (c instanceof Claim.Rate) {
                    add(PatternSpec.of("create-" + Names.kebab(name), primaryOrFirst(), Operation.CREATE, name, 1));
                }
            }
        }
    }

    private static EntitySpec accountEntity() {
        return EntitySpec.named("User")
                .asAccount()
                .fields(
                        "email: email required unique",
                        "display_name: string(80) required",
                        "password_hash: string(255) sensitive");
    }

    private static ActorSpec actor(String name, boolean device) {
        String plural = Names.plural(name.replace('_', ' '));
        return device
                ? ActorSpec.external(
                        name,
                        Character.toUpperCase(plural.charAt(0)) + plural.substring(1)
                                + " that call the API on their own.")
                : ActorSpec.of(
                        name, Character.toUpperCase(plural.charAt(0)) + plural.substring(1) + " named in the brief.");
    }

    /** The entity an action works on, declared when new; empty when its object is no record. */
    private Optional<String> entityOf(Action a) {
        if (Verbs.PAYING.contains(a.verb())) {
            return Optional.of(declare("Payment", a.actor()));
        }
        if (Words.POSITIONS.contains(a.head())) {
            return Optional.of(location(a.actor()));
        }
        Optional<String> actor = Sketch.actorOf(a.head());
        if (actor.isPresent()) {
            boolean near = a.object().stream().anyMatch(NEAR::contains)
                    || reading.sketch().actions().stream().anyMatch(b -> Words.POSITIONS.contains(b.head()));
            return near && actors.containsKey(actor.get()) ? Optional.of(location(actor.get())) : Optional.empty();
        }
        boolean device = actors.containsKey(a.actor()) && actors.get(a.actor()).external();
        if (a.head().isEmpty() && device && a.operation() == Operation.CREATE) {
            return Optional.of(declare("Reading", a.actor()));
        }
        if (a.head().isEmpty() || PhraseWords.NOT_RECORDS.contains(a.head())) {
            return Optional.empty();
        }
        if (Words.FILES.contains(a.head())) {
            return Optional.of(declare("Attachment", a.actor()));
        }
        if (Words.MEDIA.contains(a.head())) {
            return Optional.of(declare("MediaAsset", a.actor()));
        }
        Optional<String> known = Entities.match(a.head(), entities.keySet());
        String name = known.orElse(Names.pascal(a.head()));
        ActorSpec who = actors.get(a.actor());
        if (primaryEntity.isEmpty() && a.operation() == Operation.CREATE && who != null && !who.external()) {
            primaryActor = a.actor();
            primaryEntity = name;
        }
        return Optional.of(known.orElseGet(() -> declare(name, a.actor())));
    }

    private String declare(String name, String actor) {
        entities.computeIfAbsent(name, n -> owned(EntitySpec.named(n), actor));
        return name;
    }

    private String location(String mover) {
        String name = Names.pascal(mover) + "Location";
        entities.computeIfAbsent(name, n -> EntitySpec.named(n)
                .description("Where one " + mover + " was at one moment.")
                .asAppendOnly()
                .fields("recorded_at: timestamp required")
                .relations("belongs-to User as " + mover)
                .naturalKey(mover, "recorded_at"));
        return name;
    }

    private EntitySpec owned(EntitySpec e, String actor) {
        ActorSpec who = actors.get(actor);
        return who == null || who.external() ? e : e.owner(actor).relations("belongs-to User as " + actor);
    }

    private void pattern(Action a, String entity) {
        boolean search = Words.POSITIONS.contains(a.head()) ? false : entity.endsWith("Location");
        Operation op = search ? Operation.SEARCH : a.operation();
        List<String> words = new ArrayList<>();
        words.add(a.verb());
        a.object().stream().limit(3).forEach(words::add);
        if (a.object().isEmpty()) {
            words.add(Names.kebab(entity));
        }
        String name = String.join("-", words).replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-");
        PatternSpec p = PatternSpec.of(name, a.actor(), op, entity, perDay(op));
        EntitySpec e = Objects.requireNonNull(entities.get(entity));
        if (op == Operation.LIST && e.owner().isPresent() && e.owner().get().equals(a.actor())) {
            p = p.filter(a.actor()).sort("created_at desc");
        }
        add(p);
    }

    private void add(PatternSpec p) {
        String name = p.name();
        for (int n = 2; patterns.containsKey(name); n++) {
            name = p.name() + "-" + n;
        }
        patterns.put(
                name,
                new PatternSpec(
                        name,
                        p.actor(),
                        p.operation(),
                        p.entity(),
                        p.filters(),
                        p.sort(),
                        p.perUserPerDay(),
                        p.rate(),
                        p.payloadBytes()));
    }

    private String primaryOrFirst() {
        if (!primaryActor.isEmpty()) {
            return primaryActor;
        }
        return actors.values().stream()
                .filter(a -> !a.external())
                .map(ActorSpec::name)
                .findFirst()
                .orElseGet(() -> {
                    actors.put("user", ActorSpec.of("user", "People who use the system."));
                    return "user";
                });
    }

    private static double perDay(Operation op) {
        return switch (op) {
            case CREATE -> 2;
            case READ, LIST -> 5;
            case SEARCH -> 3;
            case UPDATE -> 1;
            case DELETE -> 0.2;
        };
    }
}
