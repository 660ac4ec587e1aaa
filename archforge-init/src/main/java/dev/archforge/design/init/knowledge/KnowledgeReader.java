package dev.archforge.design.init.knowledge;

import dev.archforge.design.init.knowledge.Entry.Member;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Retention;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Reads the knowledge base's YAML files, whose schema {@code docs/knowledge-base.md} documents: a
 * domain, a capability, and the account entity they share. The parts of a draft are written the way
 * the requirements file writes them (actors, entities with field shorthands, access patterns with one
 * operation key, events), spelled by {@link RequirementKey} where the requirements file has the key.
 * Every entry is checked as it is read; a malformed one fails with its {@code file:line:column}.
 */
final class KnowledgeReader {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String KEYWORDS = "keywords";
    static final String SYSTEM_NAME = "system-name";
    static final String PRIMARY_ACTOR = "primary-actor";
    static final String PRIMARY_ENTITY = "primary-entity";
    static final String AUDIENCE = "audience";
    static final String PROFILE = "profile";
    static final String PROFILE_AT_LEAST = "profile-at-least";
    static final String RISKS = "risks";
    static final String EXTENDS = "extends";
    static final String ACCOUNT = "account";
    static final String PER_USER_PER_DAY = "per-user-per-day";
    static final String RATE = "rate";

    /** What both kinds of entry may bring into a draft. */
    private static final List<String> PARTS = List.of(
            RequirementKey.FEATURES.key(),
            RequirementKey.ACTORS.key(),
            RequirementKey.ENTITIES.key(),
            RequirementKey.ACCESS_PATTERNS.key(),
            RequirementKey.EVENTS.key(),
            RISKS);

    private static final List<String> DOMAIN =
            concat(List.of(ID, TITLE, KEYWORDS, SYSTEM_NAME, PRIMARY_ACTOR, PRIMARY_ENTITY, AUDIENCE, PROFILE), PARTS);
    private static final List<String> CAPABILITY = concat(List.of(ID, KEYWORDS, PROFILE_AT_LEAST), PARTS);
    private static final List<String> ACTOR = List.of(
            RequirementKey.ACTOR_DESCRIPTION.key(),
            RequirementKey.ACTOR_ADMIN.key(),
            RequirementKey.ACTOR_EXTERNAL.key(),
            RequirementKey.ACTOR_COUNT.key());
    private static final List<String> ENTITY = concat(
            List.of(EXTENDS),
            List.of(
                    RequirementKey.ENTITY_DESCRIPTION.key(),
                    RequirementKey.ENTITY_ACCOUNT.key(),
                    RequirementKey.ENTITY_OWNER.key(),
                    RequirementKey.ENTITY_GROWTH.key(),
                    RequirementKey.ENTITY_FIELDS.key(),
                    RequirementKey.ENTITY_RELATIONS.key(),
                    RequirementKey.ENTITY_STATES.key(),
                    RequirementKey.ENTITY_APPEND_ONLY.key(),
                    RequirementKey.ENTITY_RETENTION_MONTHS.key(),
                    RequirementKey.ENTITY_NATURAL_KEY.key()));
    private static final List<String> PATTERN = concat(
            List.of(RequirementKey.PATTERN_NAME.key(), RequirementKey.PATTERN_ACTOR.key()),
            operationKeys(),
            List.of(
                    RequirementKey.PATTERN_FILTER.key(),
                    RequirementKey.PATTERN_SORT.key(),
                    PER_USER_PER_DAY,
                    RATE,
                    RequirementKey.PATTERN_PAYLOAD_BYTES.key()));
    private static final List<String> EVENT = List.of(
            RequirementKey.EVENT_NAME.key(), RequirementKey.EVENT_ENTITY.key(), RequirementKey.EVENT_CONSUMERS.key());

    private KnowledgeReader() {}

    /** The account entity ({@code account.yaml}): the one entity under {@code entities}, which others may extend. */
    static EntitySpec account(String file, byte[] bytes) {
        Node root = parse(file, bytes);
        List<Member> entities = Entry.of(root, "the account file", List.of(RequirementKey.ENTITIES.key()))
                .members(RequirementKey.ENTITIES.key());
        if (entities.size() != 1) {
            throw Entry.problem(root, "expected one entity under 'entities', found " + entities.size());
        }
        return entity(entities.get(0), Optional.empty());
    }

    /** A domain file: a kind of system with its parts and typical profile. */
    static Domain domain(String file, byte[] bytes, EntitySpec account) {
        Node root = parse(file, bytes);
        Entry e = Entry.of(root, "domain", DOMAIN);
        Profile profile = Profile.typical();
        for (Member m : e.members(PROFILE)) {
            ProfileKey key = profileKey(m);
            BigDecimal value = Entry.number(m.value(), "'" + m.key() + "' in profile");
            Profile before = profile;
            profile = Entry.build(m.value(), () -> key.with(before, value));
        }
        Profile typical = profile;
        String audience = e.text(AUDIENCE);
        return Entry.build(
                root,
                () -> new Domain(
                        e.text(ID),
                        e.text(TITLE),
                        e.texts(KEYWORDS),
                        e.text(SYSTEM_NAME),
                        e.text(PRIMARY_ACTOR),
                        e.text(PRIMARY_ENTITY),
                        audience(e, audience),
                        typical,
                        parts(e, account)));
    }

    /** A capability file: a feature any domain may have, with what it adds. */
    static Capability capability(String file, byte[] bytes, EntitySpec account) {
        Node root = parse(file, bytes);
        Entry e = Entry.of(root, "capability", CAPABILITY);
        UnaryOperator<Profile> adjust = UnaryOperator.identity();
        for (Member m : e.members(PROFILE_AT_LEAST)) {
            ProfileKey key = profileKey(m);
            BigDecimal floor = Entry.number(m.value(), "'" + m.key() + "' in " + PROFILE_AT_LEAST);
            UnaryOperator<Profile> before = adjust;
            adjust = p -> {
                Profile q = before.apply(p);
                return key.get(q) >= floor.doubleValue() ? q : key.with(q, floor);
            };
        }
        UnaryOperator<Profile> raise = adjust;
        Parts parts = parts(e, account);
        return Entry.build(root, () -> new Capability(e.text(ID), e.texts(KEYWORDS), parts, raise));
    }

    private static Node parse(String file, byte[] bytes) {
        return new DocumentReader(Limits.DEFAULT).parse(file, bytes).root();
    }

    private static ProfileKey profileKey(Member m) {
        return ProfileKey.of(m.key())
                .orElseThrow(() -> Entry.problem(
                        m.value().keyLocation(),
                        "unknown profile value '" + m.key() + "', expected one of "
                                + String.join(", ", ProfileKey.keys())));
    }

    private static Audience audience(Entry e, String text) {
        for (Audience a : Audience.values()) {
            if (a.name().toLowerCase(Locale.ROOT).equals(text)) {
                return a;
            }
        }
        throw Entry.problem(
                e.get(AUDIENCE).orElseThrow(),
                "unknown audience '" + text + "', expected consumer, business, internal or devices");
    }

    private static Parts parts(Entry e, EntitySpec account) {
        List<Feature> features = new ArrayList<>();
        for (Node item : e.items(RequirementKey.FEATURES.key())) {
            String id = Entry.text(item, "a feature of " + e.what());
            features.add(Feature.parse(id)
                    .filter(f -> f.id().equals(id))
                    .orElseThrow(() -> Entry.problem(item, "unknown feature '" + id + "'")));
        }
        List<ActorSpec> actors = new ArrayList<>();
        e.members(RequirementKey.ACTORS.key()).forEach(m -> actors.add(actor(m)));
        List<EntitySpec> entities = new ArrayList<>();
        e.members(RequirementKey.ENTITIES.key()).forEach(m -> entities.add(entity(m, Optional.of(account))));
        List<PatternSpec> patterns = new ArrayList<>();
        e.items(RequirementKey.ACCESS_PATTERNS.key()).forEach(item -> patterns.add(pattern(item)));
        List<EventSpec> events = new ArrayList<>();
        e.items(RequirementKey.EVENTS.key()).forEach(item -> events.add(event(item)));
        return new Parts(features, actors, entities, patterns, events, e.texts(RISKS));
    }

    /** An actor: {@code name: description}, or an object with the description and its flags. */
    private static ActorSpec actor(Member m) {
        String what = "actor '" + m.key() + "'";
        if (m.value() instanceof ScalarNode) {
            String description = Entry.text(m.value(), what);
            return Entry.build(m.value(), () -> ActorSpec.of(m.key(), description));
        }
        if (!(m.value() instanceof ObjectNode)) {
            throw Entry.problem(
                    m.value(), "expected a description or an object for " + what + ", found " + Entry.found(m.value()));
        }
        Entry a = Entry.of(m.value(), what, ACTOR);
        String description = a.text(RequirementKey.ACTOR_DESCRIPTION.key());
        boolean admin = a.flag(RequirementKey.ACTOR_ADMIN.key());
        boolean external = a.flag(RequirementKey.ACTOR_EXTERNAL.key());
        long count = a.number(RequirementKey.ACTOR_COUNT.key())
                .map(n -> Entry.build(m.value(), n::longValueExact))
                .orElse(0L);
        return Entry.build(m.value(), () -> new ActorSpec(m.key(), description, admin, external, count));
    }

    private static EntitySpec entity(Member m, Optional<EntitySpec> account) {
        String what = "entity '" + m.key() + "'";
        Entry e = Entry.of(m.value(), what, ENTITY);
        EntitySpec spec = Entry.build(m.value(), () -> EntitySpec.named(m.key()));
        Optional<String> base = e.optionalText(EXTENDS);
        if (base.isPresent()) {
            if (!base.get().equals(ACCOUNT) || account.isEmpty()) {
                throw Entry.problem(
                        e.get(EXTENDS).orElseThrow(),
                        "unknown entity '" + base.get() + "' to extend, expected 'account'");
            }
            spec = account.get().name(m.key());
        }
        return Entry.build(m.value(), entityParts(e, spec));
    }

    private static Supplier<EntitySpec> entityParts(Entry e, EntitySpec start) {
        Optional<String> description = e.optionalText(RequirementKey.ENTITY_DESCRIPTION.key());
        boolean account = e.flag(RequirementKey.ENTITY_ACCOUNT.key());
        Optional<String> owner = e.optionalText(RequirementKey.ENTITY_OWNER.key());
        Optional<BigDecimal> growth = e.number(RequirementKey.ENTITY_GROWTH.key());
        List<String> fields = new ArrayList<>();
        for (Member f : e.members(RequirementKey.ENTITY_FIELDS.key())) {
            String line = f.key() + ": " + Entry.text(f.value(), "field '" + f.key() + "' of " + e.what());
            Entry.build(f.value(), () -> FieldSpec.parse(line));
            fields.add(line);
        }
        List<String> relations = e.texts(RequirementKey.ENTITY_RELATIONS.key());
        Optional<List<String>> states =
                e.get(RequirementKey.ENTITY_STATES.key()).map(v -> e.texts(RequirementKey.ENTITY_STATES.key()));
        boolean appendOnly = e.flag(RequirementKey.ENTITY_APPEND_ONLY.key());
        Optional<Retention> retention =
                e.get(RequirementKey.ENTITY_RETENTION_MONTHS.key()).map(v -> retention(v, e.what()));
        Optional<List<String>> naturalKey = e.get(RequirementKey.ENTITY_NATURAL_KEY.key())
                .map(v -> e.texts(RequirementKey.ENTITY_NATURAL_KEY.key()));
        return () -> {
            EntitySpec s = start;
            if (description.isPresent()) {
                s = s.description(description.get());
            }
            if (account) {
                s = s.asAccount();
            }
            if (owner.isPresent()) {
                s = s.owner(owner.get());
            }
            if (growth.isPresent()) {
                s = s.growth(growth.get().doubleValue());
            }
            s = s.fields(fields.toArray(String[]::new)).relations(relations.toArray(String[]::new));
            if (states.isPresent()) {
                s = s.states(states.get().toArray(String[]::new));
            }
            if (appendOnly) {
                s = s.asAppendOnly();
            }
            if (retention.isPresent()) {
                s = s.retention(retention.get());
            }
            if (naturalKey.isPresent()) {
                s = s.naturalKey(naturalKey.get().toArray(String[]::new));
            }
            return s;
        };
    }

    /** A whole number of months, or {@code forever}. */
    private static Retention retention(Node value, String what) {
        String key = "'" + RequirementKey.ENTITY_RETENTION_MONTHS.key() + "' of " + what;
        if (value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
            if (!s.text().equals("forever")) {
                throw Entry.problem(value, "expected a number of months or 'forever' for " + key);
            }
            return Retention.FOREVER;
        }
        BigDecimal months = Entry.number(value, key);
        return Entry.build(value, () -> new Retention(months.intValueExact()));
    }

    private static PatternSpec pattern(Node item) {
        String what = "access pattern "
                + item.asObject()
                        .flatMap(o -> o.scalarText(RequirementKey.PATTERN_NAME.key()))
                        .map(n -> "'" + n + "'")
                        .orElse(Integer.toString(item.index() + 1));
        Entry p = Entry.of(item, what, PATTERN);
        List<Operation> operations = new ArrayList<>();
        for (Operation o : Operation.values()) {
            if (p.get(o.key().key()).isPresent()) {
                operations.add(o);
            }
        }
        if (operations.size() != 1) {
            throw Entry.problem(
                    item,
                    what + " names " + operations.size() + " operations, expected one of "
                            + String.join(", ", operationKeys()) + " naming the entity");
        }
        Operation operation = operations.get(0);
        String entity = p.text(operation.key().key());
        String name = p.text(RequirementKey.PATTERN_NAME.key());
        String actor = p.text(RequirementKey.PATTERN_ACTOR.key());
        double perDay = p.requiredNumber(PER_USER_PER_DAY).doubleValue();
        List<String> filters = p.texts(RequirementKey.PATTERN_FILTER.key());
        Optional<String> sort = p.optionalText(RequirementKey.PATTERN_SORT.key());
        Optional<String> rate = p.optionalText(RATE);
        Optional<BigDecimal> payload = p.number(RequirementKey.PATTERN_PAYLOAD_BYTES.key());
        return Entry.build(item, () -> {
            PatternSpec s = PatternSpec.of(name, actor, operation, entity, perDay);
            if (!filters.isEmpty()) {
                s = s.filter(filters.toArray(String[]::new));
            }
            if (sort.isPresent()) {
                s = s.sort(sort.get());
            }
            if (rate.isPresent()) {
                s = s.rate(rate.get());
            }
            if (payload.isPresent()) {
                s = s.payloadBytes(payload.get().longValueExact());
            }
            return s;
        });
    }

    private static EventSpec event(Node item) {
        String what = "event "
                + item.asObject()
                        .flatMap(o -> o.scalarText(RequirementKey.EVENT_NAME.key()))
                        .map(n -> "'" + n + "'")
                        .orElse(Integer.toString(item.index() + 1));
        Entry e = Entry.of(item, what, EVENT);
        String name = e.text(RequirementKey.EVENT_NAME.key());
        String entity = e.text(RequirementKey.EVENT_ENTITY.key());
        List<String> consumers = e.texts(RequirementKey.EVENT_CONSUMERS.key());
        return Entry.build(item, () -> new EventSpec(name, entity, consumers));
    }

    private static List<String> operationKeys() {
        return Arrays.stream(Operation.values()).map(o -> o.key().key()).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return List.copyOf(out);
    }
}
