package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Normalized tables by default, and each deliberate denormalization named with its reason: an owner
 * copied onto children so ownership checks need no join, read models computed from events,
 * {@code tenant_id} on every tenant-scoped row, jsonb for free-form attributes.
 */
@DecisionInfo(
        id = "data-model",
        area = Area.DATA,
        title = "Normalization and denormalization",
        reads = {RequirementKey.ENTITIES, RequirementKey.FEATURES, RequirementKey.DAILY_ACTIVE_USERS})
public final class DataModelRule implements DecisionRule {
    /** Daily active users from which home feeds are written ahead (fan-out on write). */
    static final long PUSHED_FEEDS_FROM = 100_000;
    /** Followers above which an account's posts are merged at read time instead of fanned out. */
    static final long CELEBRITY_FOLLOWERS = 10_000;

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        List<String> copies = new ArrayList<>();
        List<String> models = new ArrayList<>();
        List<String> json = new ArrayList<>();
        int tenantScoped = 0;
        int lifecycles = 0;
        for (Entity e : req.entities()) {
            ownerCopy(context, e).ifPresent(copies::add);
            if (DomainTerms.isAnalytics(e)) {
                models.add(e.name());
            }
            for (Field f : e.fields()) {
                if (f.type() == FieldType.JSON) {
                    json.add(e.name() + "." + f.name());
                }
            }
            if (DomainTerms.tenantScoped(req, e)) {
                tenantScoped++;
            }
            if (!e.states().isEmpty()) {
                lifecycles++;
            }
        }
        List<String> kept = new ArrayList<>();
        kept.addAll(copies);
        kept.addAll(models);
        if (tenantScoped > 0) {
            kept.add("tenant_id on " + Text.count(tenantScoped, "table", "tables"));
        }
        Optional<Entity> graph = ReadModels.followGraph(req);
        long users = context.scale().dailyActiveUsers();
        boolean pushed = graph.isPresent() && users >= PUSHED_FEEDS_FROM;
        graph.ifPresent(g -> kept.add(
                pushed
                        ? "precomputed home timelines (fan-out on write, hybrid: fan-out on read for accounts with over "
                                + Numbers.format(CELEBRITY_FOLLOWERS) + " followers)"
                        : "home feeds read from the " + g.name() + " graph on request (fan-out on read)"));
        Choice choice = Choice.of(
                        kept.isEmpty()
                                ? "Third normal form, no denormalization"
                                : "Third normal form; deliberate denormalization: " + String.join(", ", kept))
                .driver(RequirementKey.ENTITIES, req.entities().size())
                .because("Each entity is one table keyed by id, with foreign keys for its relations and a join"
                        + " table per many-to-many relation, so every fact is stored once and constraints keep it"
                        + " consistent.");
        if (!copies.isEmpty()) {
            choice.because("The owner is copied onto children (" + Text.and(copies) + ") so that the ownership"
                    + " check and the owner's list queries need no join; it is set once at insert and never"
                    + " changes.");
        }
        if (!models.isEmpty()) {
            choice.because(Text.and(models) + (models.size() == 1 ? " is a read model" : " are read models")
                    + " computed from events: rebuilt from the source rows, never edited by users.");
        }
        if (tenantScoped > 0) {
            choice.driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                    .because("Every tenant-scoped table carries tenant_id even when a parent has it, because"
                            + " row-level security can only check columns of the row itself.");
        }
        graph.ifPresent(g -> choice.driver(RequirementKey.DAILY_ACTIVE_USERS, users)
                .because(
                        pushed
                                ? Numbers.format(users)
                                        + " daily active users read their feeds far more often than anyone"
                                        + " posts: writing each new post's id into its followers' timelines (a Redis list or a"
                                        + " timeline table, capped at ~800 entries) makes a feed read one lookup; accounts with"
                                        + " more than " + Numbers.format(CELEBRITY_FOLLOWERS)
                                        + " followers are merged in at read"
                                        + " time instead, so one post never fans out to millions of rows."
                                : "With " + Numbers.format(users) + " daily active users (below "
                                        + Numbers.format(PUSHED_FEEDS_FROM)
                                        + ") a feed is one indexed query over the posts of"
                                        + " followed accounts through " + g.name()
                                        + "; precomputed timelines would be a second"
                                        + " copy of every post to keep in step."));
        if (!json.isEmpty()) {
            choice.because(Text.and(json) + " stay jsonb: free-form attributes nobody filters on.");
        }
        if (lifecycles > 0) {
            choice.because(Text.count(lifecycles, "entity has", "entities have") + " a lifecycle, stored as a"
                    + " state column with a CHECK constraint; transitions are checked in code.");
        }
        if (kept.isEmpty()) {
            choice.alternative(
                    "Read models and copied columns up front",
                    "No access pattern joins or aggregates at a rate that needs them; copies would cost"
                            + " consistency work for nothing.");
        } else {
            List<String> needs = new ArrayList<>();
            if (!copies.isEmpty()) {
                needs.add("ownership checks on " + Text.and(copies));
            }
            if (tenantScoped > 0) {
                needs.add("tenant policies");
            }
            if (!models.isEmpty()) {
                needs.add("reads of " + Text.and(models));
            }
            choice.alternative(
                    "Fully normalized, no copies",
                    Text.capitalize(Text.and(needs)) + " would join or aggregate on every request.");
        }
        return choice.alternative(
                        "Documents per aggregate (jsonb or a document store)",
                        "Aggregates are read and filtered by their parts; documents would hide them from indexes"
                                + " and constraints.")
                .tradeoff(
                        copies.isEmpty()
                                ? "Nothing is copied, so nothing can disagree: every read joins to the one place a"
                                        + " fact lives."
                                : "Copied columns (" + Text.and(copies) + ") must be written consistently: set in the"
                                        + " same transaction as the row, never updated on their own.")
                .tradeoff(
                        models.isEmpty()
                                ? "A copy or read model added later needs a backfill migration."
                                : Text.and(models) + " lag" + (models.size() == 1 ? "s" : "")
                                        + " the records they are computed from by the event delay.")
                .revisitWhen("When a list query joins more than ~3 tables at a high rate, add a read model for it"
                        + " rather than another copied column.");
    }

    /** "ExerciseSet.member" when the entity's owner repeats the owner of a required parent. */
    private static Optional<String> ownerCopy(DesignContext context, Entity e) {
        if (e.owner().isEmpty()) {
            return Optional.empty();
        }
        Optional<Relation> owner = e.relation(e.owner().get());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        for (Relation r : e.relations()) {
            if (r.optional()
                    || r.kind() == RelationKind.MANY_TO_MANY
                    || r.name().equals(owner.get().name())) {
                continue;
            }
            Optional<Entity> parent = context.entity(r.target());
            if (parent.isPresent() && parent.get().owner().isPresent()) {
                Optional<Relation> parentOwner =
                        parent.get().relation(parent.get().owner().get());
                if (parentOwner.isPresent()
                        && parentOwner.get().target().equals(owner.get().target())) {
                    return Optional.of(e.name() + "." + e.owner().get());
                }
            }
        }
        return Optional.empty();
    }
}
