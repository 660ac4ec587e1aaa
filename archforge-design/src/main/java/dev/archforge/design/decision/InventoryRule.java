package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Inventory;
import dev.archforge.design.plan.Inventory.Counter;
import dev.archforge.design.plan.Store;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Selling limited stock, seats or slots without overselling: an atomic conditional decrement in
 * PostgreSQL; reservations that hold stock with an expiry while the buyer pays; and, when the writes
 * competing for one counter pass what one row's lock serialises, counters split over several rows or
 * held in Redis in front of PostgreSQL.
 */
@DecisionInfo(
        id = "inventory",
        area = Area.DATA,
        title = "Inventory and contention",
        reads = {
            RequirementKey.FEATURES,
            RequirementKey.ENTITIES,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS
        })
public final class InventoryRule implements DecisionRule {
    /** Words that name what is left of something limited, in an integer field's name. */
    static final List<String> COUNTER_WORDS =
            List.of("stock", "seats", "slots", "quantity", "inventory", "capacity", "available", "remaining");
    /**
     * Conditional decrements per second one counter row takes: each holds the row lock about 5 ms
     * until commit, so about 200 a second serialise on it; planned at half.
     */
    static final double ROW_UPDATES = 100;
    /** Above this many contended decrements per second, split rows stop scaling and Redis counts first. */
    static final double REDIS_UPDATES = 1_000;
    /** How long a hold lasts while the buyer pays; the workflow's payment timeout is the same. */
    static final int RESERVATION_MINUTES = 15;

    @Override
    public boolean applies(DesignContext context) {
        return context.has(Feature.INVENTORY)
                || !counters(context.requirements()).isEmpty();
    }

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        List<Counter> counters = counters(req);
        Set<String> competing = competing(req, counters);
        double contended = 0;
        List<String> creates = new ArrayList<>();
        for (PatternLoad p : context.load().patterns()) {
            if (p.pattern().operation() == Operation.CREATE
                    && competing.contains(p.pattern().entity())) {
                contended += p.peakRps();
                creates.add(p.pattern().name() + " (" + Numbers.format(p.peakRps()) + " req/s)");
            }
        }
        contended = Numbers.round(contended);
        boolean redis = contended > REDIS_UPDATES;
        int shards = !redis && contended > ROW_UPDATES ? (int) Math.floor(contended / ROW_UPDATES) + 1 : 1;
        boolean hold = req.has(Feature.PAYMENTS);
        context.parts()
                .inventory(new Inventory(
                        counters, hold ? OptionalInt.of(RESERVATION_MINUTES) : OptionalInt.empty(), shards, redis));
        if (redis) {
            context.parts().addStore(Store.REDIS);
        }
        String field = counters.isEmpty() ? "stock" : counters.get(0).field();
        String decrement = "atomic conditional decrement (UPDATE … SET " + field + " = " + field + " - n WHERE id = ?"
                + " AND " + field + " >= n)";
        String reservations = hold
                ? "reservations held " + RESERVATION_MINUTES + " min (expires_at) until payment"
                        + " confirms or they expire"
                : "";
        List<String> parts = new ArrayList<>();
        if (redis) {
            parts.add("Redis counters in front of PostgreSQL for hot items (DECRBY in a Lua script, never below zero)");
            parts.add("PostgreSQL " + decrement + " on confirmation");
        } else {
            parts.add(Text.capitalize(decrement));
            if (shards > 1) {
                parts.add("hot counters split into " + shards + " rows (split counters)");
            }
        }
        if (hold) {
            parts.add(reservations);
        }
        parts.add("never oversell");
        String what = counters.isEmpty()
                ? "the stock the inventory feature sells"
                : Text.and(
                        counters.stream().map(c -> c.entity() + "." + c.field()).toList());
        Choice choice = Choice.of(String.join("; ", parts))
                .driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                .driver(RequirementKey.ENTITIES, what)
                .drivenByLoad(context.load())
                .because("Limited quantities (" + what + ") are sold by one statement that decrements only while"
                        + " enough is left: it touches no row when stock is short, and the caller sees 0 rows updated"
                        + " and answers 409, so two buyers can never both take the last item; a CHECK (" + field
                        + " >= 0) constraint backs it.");
        if (creates.isEmpty()) {
            choice.because("No create pattern competing for them is given yet, so the contended rate is unknown.");
        } else {
            choice.because("At peak " + Numbers.format(contended) + " creates/s compete for the counters ("
                    + Text.and(creates) + "); in a timed sale they can all target one row, which takes about "
                    + Numbers.format(ROW_UPDATES) + " conditional updates/s under its lock: "
                    + (redis
                            ? "above the " + Numbers.format(REDIS_UPDATES) + "/s that split rows carry, so Redis"
                                    + " admits each unit atomically in memory and PostgreSQL records only the admitted"
                                    + " ones."
                            : shards > 1
                                    ? "above that, so each hot counter is split into " + shards + " rows holding a"
                                            + " share each; a buyer decrements a random row and tries the others when it"
                                            + " is empty."
                                    : "within that, so the single row carries it."));
        }
        if (hold) {
            choice.because("Payment happens after the buyer chooses: a reservation row (item, quantity, holder,"
                    + " expires_at) takes the stock at checkout, payment confirms it, and a job returns the stock of"
                    + " holds past their " + RESERVATION_MINUTES + " min, so unpaid carts never lock stock for good.");
        }
        double next = redis ? 0 : shards > 1 ? REDIS_UPDATES : ROW_UPDATES;
        return choice.alternative(
                        "Read the stock, check it in code, then write",
                        "Two requests read the same last item and both sell it; locking the read (SELECT … FOR"
                                + " UPDATE) works but holds the lock across application code.")
                .alternative(
                        "A queue that serialises all orders for an item",
                        "Correct, but every buyer waits for the queue even when stock is plentiful; the conditional"
                                + " update is one statement.")
                .tradeoff(
                        hold
                                ? "Held stock is unavailable to others until it is paid or expires."
                                : "Buyers who abandon after the decrement must be compensated by an increment.")
                .tradeoff(
                        redis || shards > 1
                                ? "Split or cached counters must be reconciled with the rows they stand for."
                                : "Sales concentrated on one item serialise on its row.")
                .revisitWhen(
                        redis
                                ? "When one item's decrements pass what one Redis shard takes (~50,000/s, today "
                                        + Numbers.format(contended) + "/s), shard the hot item's counter in Redis too."
                                : "When contended creates pass ~" + Numbers.format(next) + "/s at peak (today "
                                        + Numbers.format(contended) + "/s), "
                                        + (shards > 1
                                                ? "move hot counters into Redis."
                                                : "split hot counters over rows."));
    }

    /**
     * Integer fields that name what is left of something ({@link #COUNTER_WORDS}), on entities that
     * takers refer to: records created against them that carry a quantity or a lifecycle of their own.
     */
    static List<Counter> counters(Requirements req) {
        Set<String> referenced = new LinkedHashSet<>();
        for (Entity e : req.entities()) {
            if (taker(req, e)) {
                e.relations().stream()
                        .filter(r -> r.kind() != RelationKind.MANY_TO_MANY)
                        .forEach(r -> referenced.add(r.target()));
            }
        }
        List<Counter> out = new ArrayList<>();
        for (Entity e : req.entities()) {
            if (referenced.contains(e.name())) {
                for (Field f : e.fields()) {
                    if (countsUnits(f)) {
                        out.add(new Counter(e.name(), f.name()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** The entities whose creation takes from a counter: takers referring to it, and their parents. */
    private static Set<String> competing(Requirements req, List<Counter> counters) {
        Set<String> owners = new LinkedHashSet<>();
        counters.forEach(c -> owners.add(c.entity()));
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : req.entities()) {
            if (!owners.contains(e.name())
                    && taker(req, e)
                    && e.relations().stream().anyMatch(r -> owners.contains(r.target()))) {
                out.add(e.name());
                parent(e).filter(p -> !owners.contains(p)).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A record created against another that takes something from it: created by a pattern (or the child
     * of one that is), carrying a quantity or a lifecycle of its own or of its parent (held, confirmed).
     */
    private static boolean taker(Requirements req, Entity e) {
        boolean created =
                created(req, e.name()) || parent(e).map(p -> created(req, p)).orElse(false);
        boolean quantity = e.fields().stream().anyMatch(InventoryRule::countsUnits);
        boolean lifecycle = !e.states().isEmpty()
                || parent(e)
                        .flatMap(req::entity)
                        .map(p -> !p.states().isEmpty())
                        .orElse(false);
        return created && (quantity || lifecycle);
    }

    private static boolean created(Requirements req, String entity) {
        return req.accessPatterns().stream()
                .anyMatch(p -> p.operation() == Operation.CREATE && p.entity().equals(entity));
    }

    /** The aggregate parent: the first required belongs-to, as {@link Aggregates} reads it. */
    private static Optional<String> parent(Entity e) {
        return e.relations().stream()
                .filter(r -> !r.optional() && r.kind() != RelationKind.MANY_TO_MANY)
                .map(Relation::target)
                .findFirst();
    }

    private static boolean countsUnits(Field field) {
        if (field.type() != FieldType.INTEGER && field.type() != FieldType.LONG) {
            return false;
        }
        for (String token : field.name().toLowerCase(Locale.ROOT).split("_")) {
            if (COUNTER_WORDS.contains(token)) {
                return true;
            }
        }
        return false;
    }
}
