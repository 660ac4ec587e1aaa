package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Ledger;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * Money that must reconcile is kept in a double-entry ledger in PostgreSQL: immutable postings, the
 * entries of each transaction summing to zero, balances kept on account rows locked while they change,
 * an idempotency key on every money movement, reconciliation against the payment provider, kept
 * forever. A house account that every movement touches is split once its row lock becomes the limit.
 */
@DecisionInfo(
        id = "ledger",
        area = Area.DATA,
        title = "Ledger",
        reads = {
            RequirementKey.FEATURES,
            RequirementKey.QUALITIES,
            RequirementKey.ENTITIES,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS
        })
public final class LedgerRule implements DecisionRule {
    /**
     * Postings per second one account row takes at peak: a transaction holds the row lock about 5 ms,
     * so about 200 a second serialise on it; planned at half.
     */
    static final double ACCOUNT_ROW_TPS = 100;

    @Override
    public boolean applies(DesignContext context) {
        Requirements req = context.requirements();
        return req.has(Feature.LEDGER)
                || (req.has(Feature.PAYMENTS) && context.constraints().demands("no-data-loss"))
                || req.entities().stream().anyMatch(e -> e.appendOnly() && holdsMoney(e));
    }

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        List<String> sources = new ArrayList<>();
        List<String> movements = new ArrayList<>();
        double postings = 0;
        for (PatternLoad p : context.load().patterns()) {
            Entity e = context.entity(p.pattern().entity()).orElse(null);
            if (e != null && holdsMoney(e) && p.pattern().operation() == Operation.CREATE) {
                postings += p.peakRps();
                movements.add(p.pattern().name() + " (" + Numbers.format(p.peakRps()) + "/s)");
                if (!sources.contains(e.name())) {
                    sources.add(e.name());
                }
            }
        }
        postings = Numbers.round(postings);
        int shards = postings > ACCOUNT_ROW_TPS ? (int) Math.floor(postings / ACCOUNT_ROW_TPS) + 1 : 1;
        boolean serializable = context.constraints().demands("strong-consistency");
        boolean provider = req.has(Feature.PAYMENTS);
        context.parts().ledger(new Ledger(sources, shards, serializable, provider));
        String locking = serializable
                ? "updated in SERIALIZABLE transactions retried on conflict"
                : "locked with SELECT … FOR UPDATE";
        Choice choice = Choice.of("Double-entry ledger in PostgreSQL: immutable postings, each transaction's entries"
                        + " sum to zero, balances on account rows " + locking
                        + ", idempotency keys on money movements; "
                        + (provider
                                ? "daily reconciliation against the payment provider"
                                : "nightly check of balances against the entries")
                        + "; kept forever"
                        + (shards > 1 ? "; the house account split into " + shards + " sub-accounts" : ""))
                .driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                .driver(RequirementKey.QUALITIES, context.constraints().qualities())
                .driver(
                        RequirementKey.ENTITIES,
                        sources.isEmpty() ? "no money-moving creates" : String.join(", ", sources))
                .drivenByLoad(context.load())
                .because("Balances that must reconcile are never a mutable number alone: every movement is a"
                        + " transaction of at least two entries (ledger_transaction, ledger_entry) whose amounts sum to"
                        + " zero, checked by a deferred constraint trigger at commit; entries are never updated or"
                        + " deleted (UPDATE and DELETE revoked), a correction is a reversing transaction.")
                .because("Each account row keeps its balance and is locked ("
                        + (serializable
                                ? "SERIALIZABLE, as strong consistency demands, retried on serialization" + " failures"
                                : "SELECT … FOR UPDATE, in account id order so two transfers cannot" + " deadlock")
                        + ") while the entries are written, so no balance goes below zero by a race; a"
                        + " money movement carries an idempotency key with a unique constraint, so a retried request"
                        + " posts once.");
        if (sources.isEmpty()) {
            choice.because("No access pattern creates a record with a money field yet, so no posting rate is known.");
        } else {
            choice.because("Money moves at " + Numbers.format(postings) + " postings/s at peak ("
                    + Text.and(movements) + "), and the system's own house account takes one side of each: "
                    + (shards == 1
                            ? "within the " + Numbers.format(ACCOUNT_ROW_TPS)
                                    + "/s one account row takes under its lock."
                            : "above the " + Numbers.format(ACCOUNT_ROW_TPS) + "/s one account row takes under its"
                                    + " lock, so it is split into " + shards + " sub-accounts picked at random and"
                                    + " summed for its balance."));
        }
        choice.because((provider
                        ? "A daily job matches every posting against the payment provider's settlement report and"
                                + " opens a case for each difference."
                        : "A nightly job recomputes every balance from the entries and alerts on any difference.")
                + " Ledger tables are kept forever, outside the retention purge: money history is evidence.");
        return choice.alternative(
                        "A balance column updated in place",
                        "Loses the history that explains a balance, and a lost update silently creates or destroys"
                                + " money.")
                .alternative(
                        "A dedicated ledger database (TigerBeetle) or a ledger service",
                        "Built for hundreds of thousands of transfers a second; at " + Numbers.format(postings)
                                + "/s it is a second store to run beside PostgreSQL.")
                .tradeoff("Every money movement writes at least three rows and locks its accounts for the transaction.")
                .tradeoff("The ledger grows forever: entries older than the active years move to partitions on cheaper"
                        + " storage, never deleted.")
                .revisitWhen("When postings pass ~" + Numbers.format(shards * ACCOUNT_ROW_TPS) + "/s at peak (today "
                        + Numbers.format(postings) + "/s), split the house account "
                        + (shards == 1 ? "into sub-accounts" : "further")
                        + "; past thousands a second, consider a dedicated ledger store.");
    }

    private static boolean holdsMoney(Entity e) {
        return e.fields().stream().anyMatch(f -> f.type() == FieldType.MONEY);
    }
}
