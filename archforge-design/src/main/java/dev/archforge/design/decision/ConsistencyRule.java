package dev.archforge.design.decision;

import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.DataPlan.NaturalKey;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Style;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How data stays consistent: ACID transactions inside a component, the transactional outbox between
 * components, sagas only when workflows span separately deployed services, idempotency keys for
 * creates and payments that clients retry, optimistic locking for concurrent updates.
 */
@DecisionInfo(
        id = "consistency",
        area = Area.MESSAGING,
        title = "Consistency and idempotency",
        reads = {
            RequirementKey.FEATURES,
            RequirementKey.EVENTS,
            RequirementKey.ENTITIES,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.TEAMS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS
        })
public final class ConsistencyRule implements DecisionRule {
    /** Peak creates per second from which idempotency keys give way to natural-key deduplication. */
    static final double STREAM_CREATES = 500;

    /**
     * What identifies a record in the world, when it has such a key: its required references (the
     * source), its required enumerations (what was measured) and its required timestamp (when), with
     * at least a timestamp and one other part. Rows without a client-given time (a chat message)
     * have none: only an idempotency key recognises their retries.
     */
    static Optional<NaturalKey> naturalKey(Entity e) {
        if (!e.naturalKey().isEmpty()) {
            return Optional.of(new NaturalKey(e.name(), e.naturalKey()));
        }
        List<String> parts = new ArrayList<>();
        for (Relation r : e.relations()) {
            if (r.kind() == RelationKind.BELONGS_TO && !r.optional()) {
                parts.add(r.name());
            }
        }
        for (Field f : e.fields()) {
            if (f.required() && f.type() == FieldType.ENUM) {
                parts.add(f.name());
            }
        }
        List<String> times = e.fields().stream()
                .filter(f -> f.required() && f.type() == FieldType.TIMESTAMP)
                .map(Field::name)
                .toList();
        if (times.isEmpty() || parts.isEmpty()) {
            return Optional.empty();
        }
        parts.add(times.get(0));
        return Optional.of(new NaturalKey(e.name(), parts));
    }

    /** The read models that trail the records they are computed from. */
    static List<String> derivedViews(Requirements req) {
        List<String> views = new ArrayList<>();
        if (ReadModels.followGraph(req).isPresent()) {
            views.add("feeds");
        }
        if (!ReadModels.rankedLists(req).isEmpty()) {
            views.add("rankings");
        }
        if (req.has(Feature.ANALYTICS)) {
            views.add("analytics");
        }
        return views;
    }

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Style style = context.parts().style();
        List<String> creates = new ArrayList<>();
        List<String> streams = new ArrayList<>();
        boolean updates = false;
        List<NaturalKey> keys = new ArrayList<>();
        for (PatternLoad load : context.load().patterns()) {
            AccessPattern p = load.pattern();
            Optional<NaturalKey> key = context.entity(p.entity()).flatMap(ConsistencyRule::naturalKey);
            if (p.operation() == Operation.CREATE && load.peakRps() >= STREAM_CREATES && key.isPresent()) {
                if (!streams.contains(p.entity())) {
                    streams.add(p.entity());
                    keys.add(key.get());
                }
            } else if (p.operation() == Operation.CREATE && !creates.contains(p.entity())) {
                creates.add(p.entity());
            }
            updates |= p.operation() == Operation.UPDATE;
        }
        if (req.has(Feature.PAYMENTS)) {
            for (Entity e : req.entities()) {
                if (DomainTerms.isPayment(e) && !creates.contains(e.name())) {
                    creates.add(e.name());
                }
            }
        }
        creates.removeAll(streams);
        boolean locking = updates;
        context.parts().data(d -> d.withConsistency(creates, keys, locking));
        boolean outbox = context.parts().messaging().isPresent();
        boolean sagas = style.separatelyDeployed()
                && (req.has(Feature.PAYMENTS) || !req.events().isEmpty());
        List<String> parts = new ArrayList<>();
        parts.add("ACID transactions within a component");
        if (outbox) {
            parts.add("transactional outbox between components");
        }
        if (sagas) {
            parts.add("orchestrated sagas with compensations across services");
        }
        if (!creates.isEmpty()) {
            parts.add("Idempotency-Key on POST for "
                    + (creates.size() <= 5 ? String.join(", ", creates) : creates.size() + " entities"));
        }
        if (!streams.isEmpty()) {
            parts.add("natural-key deduplication for " + String.join(", ", streams));
        }
        if (updates) {
            parts.add("optimistic locking (ETag / If-Match) on updates");
        }
        Optional<ReadModels.Stream> ordered = ReadModels.orderedStream(context);
        ordered.ifPresent(o -> parts.add("per-" + Names.kebab(o.parent()) + " ordering: " + o.entity()
                + " records in (created_at, id) order within a " + o.parent()
                + ", clients resuming after the last pair they saw; at-least-once delivery deduplicated by id"));
        boolean inventory = req.has(Feature.INVENTORY);
        if (inventory) {
            parts.add("stock taken by atomic conditional updates (UPDATE … WHERE available >= n)");
        }
        List<String> derived = derivedViews(req);
        if (!derived.isEmpty()) {
            parts.add("eventual consistency for " + Text.and(derived) + ", seconds behind the writes");
        }
        Choice choice = Choice.of(String.join("; ", parts))
                .driver(RequirementKey.EVENTS, req.events().size())
                .driver(RequirementKey.ACCESS_PATTERNS, req.accessPatterns().size())
                .because("A change to one component's aggregate is one database transaction; no request writes"
                        + " another component's tables.");
        if (outbox) {
            choice.because("Other components learn of changes through events written in the same transaction"
                    + " (outbox), so state and events never disagree.");
        }
        if (sagas) {
            choice.driver(RequirementKey.TEAMS, context.team().teams())
                    .because("Workflows that span services (" + (req.has(Feature.PAYMENTS) ? "payments, " : "")
                            + "event consumers) run as orchestrated sagas: each step commits locally and a failure"
                            + " runs compensating steps, since no transaction spans services.");
        }
        if (!creates.isEmpty()) {
            choice.driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                    .because("Clients retry on timeouts; an Idempotency-Key stored with the response for 24 h"
                            + " makes a retried POST for " + Text.and(creates.subList(0, Math.min(creates.size(), 5)))
                            + " return the first result instead of creating a duplicate"
                            + (req.has(Feature.PAYMENTS) ? " or charging twice." : "."));
        }
        if (!streams.isEmpty()) {
            choice.drivenByLoad(context.load())
                    .because(
                            Text.and(streams) + " rows arrive at hundreds per second or more: storing a key per request"
                                    + " would double the writes, so a unique constraint on the natural key ("
                                    + keys.stream()
                                            .map(k -> k.entity() + ": " + String.join(", ", k.parts()))
                                            .collect(Collectors.joining("; "))
                                    + ") turns a retried insert into a no-op (ON CONFLICT DO NOTHING).");
        }
        ordered.ifPresent(o -> choice.because(o.entity() + " records reach clients in the order of their "
                + o.parent() + ": listed by (created_at, id) within one " + o.parent() + ", without a global lock;"
                + " a client that reconnects asks for everything after the last (created_at, id) it saw, and a"
                + " redelivered record is recognised by its id. A gap-free sequence number per " + o.parent()
                + " is the step up when clients must detect missing records."));
        if (inventory) {
            choice.because("Stock is a hot row: one conditional UPDATE that succeeds only while enough is left"
                    + " cannot oversell, however many buyers arrive at once, and needs no lock held across requests.");
        }
        if (!derived.isEmpty()) {
            choice.because(Text.capitalize(Text.and(derived)) + " are derived from the records of truth after they"
                    + " commit; readers may see them a few seconds late, which lets the writes stay short and the"
                    + " reads stay cheap.");
        }
        List<String> involved = new ArrayList<>();
        context.parts().messaging().ifPresent(m -> involved.add(m.broker().title()));
        if (req.has(Feature.PAYMENTS)) {
            involved.add("the payment provider");
        }
        List<String> modules =
                context.parts().components().stream().map(c -> c.name()).toList();
        List<String> consumers = context.parts().messaging().stream()
                .flatMap(m -> m.topics().stream())
                .flatMap(t -> t.consumers().stream())
                .distinct()
                .toList();
        return choice.alternative(
                        "Distributed transactions (two-phase commit)",
                        involved.isEmpty()
                                ? "Couple the availability of every participant; one database already makes each"
                                        + " change atomic."
                                : "Couple the availability of every participant and are unsupported by "
                                        + Text.and(involved) + ".")
                .alternative(
                        style.separatelyDeployed()
                                ? "Choreography only (services react to each other's events)"
                                : "Synchronous calls between modules for cross-module changes",
                        style.separatelyDeployed()
                                ? "No one place shows a workflow's state; failures between steps go unnoticed."
                                : modules.size() > 1
                                        ? "A failure halfway leaves one of " + Text.and(modules)
                                                + " changed and the other not."
                                        : "With one module there is no other to call; a second transaction per change"
                                                + " would only add a way to fail halfway.")
                .tradeoff(
                        outbox && !consumers.isEmpty()
                                ? "What " + Text.and(consumers) + (consumers.size() == 1 ? " does" : " do")
                                        + " after an event is eventually consistent with the change that caused it."
                                : "Every consequence of a request commits in its own transaction: nothing is"
                                        + " eventually consistent until events appear.")
                .tradeoff(
                        creates.isEmpty() && streams.isEmpty()
                                ? "Clients create no records, so no retry can create a duplicate; updates must stay"
                                        + " idempotent."
                                : creates.isEmpty()
                                        ? "A retried " + Text.and(streams)
                                                + " that differs in its natural key is a second row:"
                                                + " clients must resend exactly what they sent."
                                        : "Idempotency keys of "
                                                + Text.and(creates.subList(0, Math.min(creates.size(), 5)))
                                                + (creates.size() > 5 ? " and more" : "")
                                                + " creates are stored for 24 hours: one small table and a lookup per POST.")
                .revisitWhen("When a business rule needs two components to change atomically, move the entities"
                        + " into one component rather than adding a distributed transaction.");
    }
}
