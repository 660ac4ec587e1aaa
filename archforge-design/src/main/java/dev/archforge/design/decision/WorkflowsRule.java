package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Inventory;
import dev.archforge.design.plan.Style;
import dev.archforge.design.plan.Workflow;
import dev.archforge.design.plan.Workflow.Coordination;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Relation;
import dev.archforge.design.requirements.RelationKind;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Processes that span several components or an external provider run as sagas: each step commits in
 * its own component and a failure runs compensating steps, since no transaction spans them. A
 * process is a created entity with a lifecycle (three states or more) whose steps involve another
 * component's entity with a lifecycle, a counter it takes stock from, or an external actor reporting
 * back. Orchestrated (a process table on the outbox, or a workflow engine such as Temporal across
 * services) when a provider or three parties take part, choreographed by events otherwise.
 */
@DecisionInfo(
        id = "workflows",
        area = Area.MESSAGING,
        title = "Workflows and sagas",
        reads = {
            RequirementKey.ENTITIES,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.ACTORS,
            RequirementKey.FEATURES,
            RequirementKey.EVENTS,
            RequirementKey.TEAMS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS
        })
public final class WorkflowsRule implements DecisionRule {
    /** A lifecycle with this many states has steps worth coordinating. */
    static final int WORKFLOW_STATES = 3;
    /** From this many workflows in one deployable, a workflow engine beats hand-written process tables. */
    static final int ENGINE_WORKFLOWS = 3;
    /** Workflow starts per second one modest Temporal cluster carries. */
    static final double ENGINE_STARTS = 1_000;

    @Override
    public boolean applies(DesignContext context) {
        return !workflows(context).isEmpty();
    }

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Style style = context.parts().style();
        List<Workflow> found = workflows(context);
        boolean external =
                found.stream().anyMatch(w -> w.participants().stream().anyMatch(p -> isActor(req, p)));
        boolean many = found.stream().anyMatch(w -> w.participants().size() >= 3);
        boolean sagasAcrossServices = style.separatelyDeployed()
                && (req.has(Feature.PAYMENTS) || !req.events().isEmpty());
        Coordination coordination;
        if (style.separatelyDeployed() && (external || many || sagasAcrossServices)) {
            coordination = Coordination.ORCHESTRATION_ENGINE;
        } else if (external || many) {
            coordination =
                    found.size() >= ENGINE_WORKFLOWS ? Coordination.ORCHESTRATION_ENGINE : Coordination.PROCESS_TABLE;
        } else {
            coordination = Coordination.CHOREOGRAPHY;
        }
        int timeout = InventoryRule.RESERVATION_MINUTES;
        List<Workflow> workflows = found.stream()
                .map(w -> new Workflow(w.entity(), w.participants(), coordination, timeout))
                .toList();
        context.parts().workflows(workflows);
        List<String> named = workflows.stream()
                .map(w -> w.entity() + " (" + String.join(", ", w.participants()) + ")")
                .toList();
        double starts = 0;
        for (Workflow w : workflows) {
            starts += context.load().on(w.entity()).stream()
                    .filter(p -> p.pattern().operation() == Operation.CREATE)
                    .mapToDouble(PatternLoad::peakRps)
                    .sum();
        }
        starts = Numbers.round(starts);
        String steps = "compensations on failure, " + timeout + " min step timeouts";
        String line =
                switch (coordination) {
                    case ORCHESTRATION_ENGINE ->
                        "Orchestrated sagas in a workflow engine (Temporal) for " + Text.and(named) + "; " + steps;
                    case PROCESS_TABLE ->
                        "Orchestrated saga" + (workflows.size() == 1 ? "" : "s") + " for " + Text.and(named)
                                + ": a process table driven by the outbox; " + steps;
                    case CHOREOGRAPHY ->
                        "Choreographed saga" + (workflows.size() == 1 ? "" : "s") + " via events for " + Text.and(named)
                                + "; " + steps;
                };
        Choice choice = Choice.of(line)
                .driver(RequirementKey.ENTITIES, workflows.size() + " workflows")
                .driver(RequirementKey.TEAMS, context.team().teams())
                .drivenByLoad(context.load())
                .because((workflows.size() == 1
                                ? "The process around " + Text.and(named) + " commits its steps in different components"
                                        + (external ? " or waits on an external party" : "")
                                : "The processes around " + Text.and(named) + " commit their steps in different"
                                        + " components" + (external ? " or wait on an external party" : ""))
                        + ": no transaction spans them, so each step commits locally, publishes its outcome through"
                        + " the outbox, and a failure runs the compensating steps in reverse ("
                        + compensations(req, context.parts().inventory())
                        + ").")
                .because("Every step has a timeout: a step still waiting after " + timeout + " min (an unanswered"
                        + " callback, a lost event) compensates instead of holding "
                        + (context.parts()
                                        .inventory()
                                        .filter(i -> i.reservationMinutes().isPresent())
                                        .isPresent()
                                ? "reserved stock"
                                : "resources")
                        + " for good; steps are idempotent because the outbox delivers at least once.");
        switch (coordination) {
            case ORCHESTRATION_ENGINE ->
                choice.because((style.separatelyDeployed()
                                        ? "Across separately deployed services"
                                        : Text.count(workflows.size(), "workflow", "workflows")
                                                + " in one deployable are" + " at or above the " + ENGINE_WORKFLOWS
                                                + " from which")
                                + " a workflow engine keeps each saga's state, timers and retries durably and shows"
                                + " where every instance stands; at " + Numbers.format(starts)
                                + " starts/s at peak a modest Temporal cluster suffices.")
                        .alternative(
                                "Choreography (services react to each other's events)",
                                "No one place shows a saga's state; a step that never happens goes unnoticed.")
                        .alternative(
                                "A hand-written process table per service",
                                "Re-implements timers, retries and history the engine provides, once per team.");
            case PROCESS_TABLE ->
                choice.because("One deployable with " + Text.count(workflows.size(), "workflow", "workflows")
                                + " needs no engine: a process row per running instance (state, next step, deadline)"
                                + " is advanced by the outbox events and a sweeper that fires timeouts, in the"
                                + " database the system already runs; " + Numbers.format(starts)
                                + " starts/s at peak are ordinary writes.")
                        .alternative(
                                "A workflow engine (Temporal)",
                                "Another cluster to run for " + Text.count(workflows.size(), "workflow", "workflows")
                                        + " in one deployable.")
                        .alternative(
                                "Choreography via events",
                                "With " + (external ? "an external party" : "three parties")
                                        + " nobody would own the timeout and the compensations.");
            case CHOREOGRAPHY ->
                choice.because("Two components and no external party: each reacts to the other's events, and the"
                                + " compensations are the reverse reactions; a coordinator would add a moving part.")
                        .alternative(
                                "An orchestrating process table",
                                "Worth it from a third party or an external provider; here two components suffice.")
                        .alternative(
                                "A workflow engine (Temporal)",
                                "Another cluster to run for " + Text.count(workflows.size(), "workflow", "workflows")
                                        + " between two components.");
        }
        return choice.tradeoff("Between steps the system is eventually consistent: a process can be visibly half"
                        + " done (paid but not yet confirmed) and the API says so through its state.")
                .tradeoff("Every step needs a compensation that is itself safe to retry.")
                .revisitWhen(
                        switch (coordination) {
                            case ORCHESTRATION_ENGINE ->
                                "When workflow starts pass ~"
                                        + Numbers.format(starts < ENGINE_STARTS ? ENGINE_STARTS : 2 * starts)
                                        + "/s at peak (today " + Numbers.format(starts)
                                        + "/s), add history shards or move to a managed Temporal.";
                            case PROCESS_TABLE ->
                                "When workflows reach " + ENGINE_WORKFLOWS + " (today " + workflows.size()
                                        + ") or components deploy separately, move to a workflow engine such as"
                                        + " Temporal.";
                            case CHOREOGRAPHY ->
                                "When a third component or an external provider joins a workflow, orchestrate it"
                                        + " with a process table.";
                        });
    }

    /** The compensations the parties imply, in words. */
    private static String compensations(Requirements req, Optional<Inventory> inventory) {
        List<String> out = new ArrayList<>();
        if (req.has(Feature.PAYMENTS)) {
            out.add("refund a captured payment");
        }
        if (inventory.isPresent()) {
            out.add("return taken stock");
        }
        out.add("move the record to a terminal state");
        return Text.and(out);
    }

    /** The processes: created entities with a lifecycle whose steps involve other parties. */
    static List<Workflow> workflows(DesignContext context) {
        Requirements req = context.requirements();
        List<Workflow> out = new ArrayList<>();
        for (Entity e : req.entities()) {
            if (e.states().size() < WORKFLOW_STATES || e.account() || !created(req, e.name())) {
                continue;
            }
            String own = context.componentOf(e.name()).orElse(req.system().name());
            Set<String> parties = new LinkedHashSet<>();
            parties.add(own);
            List<Entity> related = related(req, e);
            for (Entity r : related) {
                String component = context.componentOf(r.name()).orElse(own);
                if (!r.states().isEmpty() && !component.equals(own)) {
                    parties.add(component);
                }
            }
            for (Inventory.Counter counter :
                    context.parts().inventory().map(Inventory::counters).orElse(List.of())) {
                if (takesFrom(req, e, counter.entity())) {
                    parties.add(context.componentOf(counter.entity()).orElse(own));
                }
            }
            related.add(e);
            for (AccessPattern p : req.accessPatterns()) {
                boolean byMachine = req.actor(p.actor()).map(Actor::external).orElse(false);
                if (byMachine
                        && p.operation() == Operation.UPDATE
                        && related.stream().anyMatch(r -> r.name().equals(p.entity()))) {
                    parties.add(p.actor());
                }
            }
            if (parties.size() >= 2) {
                out.add(new Workflow(e.name(), List.copyOf(parties), Coordination.CHOREOGRAPHY, 0));
            }
        }
        return out;
    }

    /** Entities joined to {@code e} by a required relation in either direction, the account excepted. */
    private static List<Entity> related(Requirements req, Entity e) {
        List<Entity> out = new ArrayList<>();
        for (Relation r : e.relations()) {
            if (!r.optional() && r.kind() != RelationKind.MANY_TO_MANY) {
                req.entity(r.target())
                        .filter(t -> !t.account() && !t.name().equals(e.name()))
                        .ifPresent(out::add);
            }
        }
        for (Entity other : req.entities()) {
            if (other.account() || other.name().equals(e.name()) || out.contains(other)) {
                continue;
            }
            for (Relation r : other.relations()) {
                if (r.target().equals(e.name()) && !r.optional() && r.kind() != RelationKind.MANY_TO_MANY) {
                    out.add(other);
                    break;
                }
            }
        }
        return out;
    }

    /** True when {@code e} or one of its children refers to the counter's entity. */
    private static boolean takesFrom(Requirements req, Entity e, String counterEntity) {
        if (e.relations().stream().anyMatch(r -> r.target().equals(counterEntity))) {
            return true;
        }
        for (Entity child : req.entities()) {
            boolean isChild =
                    child.relations().stream().anyMatch(r -> r.target().equals(e.name()) && !r.optional());
            if (isChild && child.relations().stream().anyMatch(r -> r.target().equals(counterEntity))) {
                return true;
            }
        }
        return false;
    }

    private static boolean created(Requirements req, String entity) {
        return req.accessPatterns().stream()
                .anyMatch(p -> p.operation() == Operation.CREATE && p.entity().equals(entity));
    }

    private static boolean isActor(Requirements req, String name) {
        return req.actor(name).isPresent();
    }
}
