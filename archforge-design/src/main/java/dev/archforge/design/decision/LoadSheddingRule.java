package dev.archforge.design.decision;

import dev.archforge.design.capacity.Deployable;
import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.PeakControl;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * Peaks that arrive faster than autoscaling can follow: how long scaling takes from the minimum to
 * what the peak needs, pre-scaling before announced events, load shedding by priority with 503 and
 * Retry-After, and a virtual waiting room that hands out admission tokens when limited stock draws a
 * crowd at a set time.
 */
@DecisionInfo(
        id = "load-shedding",
        area = Area.TRAFFIC,
        title = "Load shedding and peaks",
        reads = {
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.REQUESTS_PER_DAY,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS,
            RequirementKey.FEATURES,
            RequirementKey.ENTITIES,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.AVAILABILITY
        })
public final class LoadSheddingRule implements DecisionRule {
    /** Peak over average from which a peak is a flash crowd rather than a busy hour. */
    static final double FLASH_FACTOR = 10;
    /** Peak over average from which a waiting room pays even without limited stock. */
    static final double WAITING_ROOM_FACTOR = 20;
    /** Seconds an autoscaler averages its metric before it acts. */
    static final int DETECT_SECONDS = 60;
    /** Seconds for a new instance to start, warm up and pass its readiness probe. */
    static final int START_SECONDS = 90;
    /** Minutes before an announced event the fleet is scaled to its peak size. */
    static final int PRE_SCALE_MINUTES = 15;

    @Override
    public boolean applies(DesignContext context) {
        return flash(context) || !OverloadModes.of(context).isEmpty();
    }

    /**
     * A peak that arrives as a crowd: far above the average, or against limited stock at a stated peak,
     * and more than one instance carries (a crowd one instance serves needs no shedding).
     */
    static boolean flash(DesignContext context) {
        Load load = context.load();
        boolean crowd = load.peakFactor() >= FLASH_FACTOR
                || (load.averageRps() > 0 && load.peakRps() >= FLASH_FACTOR * load.averageRps())
                || (context.has(Feature.INVENTORY) && load.peakGiven());
        return crowd && load.peakRps() > Sizing.instanceCapacity();
    }

    @Override
    public Choice decide(DesignContext context) {
        List<OverloadModes.Mode> modes = OverloadModes.of(context);
        if (!flash(context)) {
            return overloads(context, modes);
        }
        Requirements req = context.requirements();
        Load load = context.load();
        List<Deployable> deployables = Deployable.of(
                req.system().name(), context.parts().style(), context.parts().components(), load);
        Deployable busiest = Deployable.busiest(deployables);
        Replicas range = context.parts().deployment().replicasOf(busiest.name()).orElseThrow();
        double capacity = Sizing.instanceCapacity();
        int needed = Sizing.instancesAtPeak(busiest);
        int min = range.min();
        double minCapacity = Numbers.round(min * capacity);
        double ceiling = Numbers.round(range.max() * capacity);
        int doublings = needed > min ? (int) Math.ceil(Math.log((double) needed / min) / Math.log(2) - 1e-9) : 0;
        int seconds = doublings * (DETECT_SECONDS + START_SECONDS);
        double excess = Numbers.round(Math.max(0, busiest.peakRps() - minCapacity));
        double factor =
                Numbers.round(load.averageRps() > 0 ? load.peakRps() / load.averageRps() : load.peakFactor(), 1);
        boolean stock = context.parts().inventory().isPresent();
        boolean waitingRoom = stock || factor >= WAITING_ROOM_FACTOR;
        List<String> shedFirst = new ArrayList<>();
        List<String> critical = new ArrayList<>();
        for (PatternLoad p : load.patterns()) {
            boolean machine =
                    req.actor(p.pattern().actor()).map(a -> a.external()).orElse(false);
            if (machine || p.pattern().operation() == Operation.CREATE) {
                critical.add(p.pattern().name());
            } else if (!p.isWrite()) {
                shedFirst.add(p.pattern().name());
            }
        }
        int admission = waitingRoom ? (int) Math.floor(Numbers.round(needed * capacity)) : 0;
        context.parts().peakControl(new PeakControl(waitingRoom, admission, needed, shedFirst));
        boolean serverless = context.parts().platform() == Platform.SERVERLESS;
        List<String> parts = new ArrayList<>();
        if (waitingRoom) {
            parts.add("Virtual waiting room with admission tokens for flash peaks (admitting "
                    + Numbers.format(admission) + " req/s)");
        }
        parts.add((waitingRoom ? "pre-scaling" : "Pre-scaling") + " to " + Text.count(needed, "instance", "instances")
                + " " + PRE_SCALE_MINUTES + " min before announced events");
        parts.add("load shedding by priority with 503 + Retry-After");
        modes.forEach(m -> parts.add(m.clause()));
        Choice choice = Choice.of(String.join("; ", parts))
                .drivenByLoad(load)
                .driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                .because("The peak is " + Numbers.format(factor) + "× the average (" + Numbers.format(load.peakRps())
                        + " vs " + Numbers.format(load.averageRps()) + " req/s)"
                        + (factor >= FLASH_FACTOR
                                ? ", at or above the " + Numbers.format(FLASH_FACTOR) + "× from which a peak arrives as"
                                        + " a crowd in seconds rather than over an hour."
                                : ", below " + Numbers.format(FLASH_FACTOR) + "×, but limited stock sells against a"
                                        + " stated peak, which arrives as a crowd in seconds."));
        if (serverless) {
            choice.because("Functions start per request, but cold starts and the account's concurrency limit still"
                    + " cap how fast " + Numbers.format(busiest.peakRps()) + " req/s can be reached, and the database"
                    + " behind them does not scale at all.");
        } else if (doublings > 0) {
            choice.because("Autoscaling cannot follow it: from the minimum of " + min + " ("
                    + Numbers.format(minCapacity)
                    + " req/s at " + Numbers.format(capacity) + " req/s each) to the " + needed + " instances the "
                    + Numbers.format(busiest.peakRps()) + " req/s peak needs"
                    + (deployables.size() > 1 ? " on " + busiest.name() : "") + " takes "
                    + Text.count(doublings, "doubling", "doublings") + " × (" + DETECT_SECONDS + " s to notice + "
                    + START_SECONDS + " s to start) = " + seconds + " s, during which about "
                    + Numbers.format(excess) + " req/s more than the running instances carry would queue.");
        } else {
            choice.because("The minimum of " + min + " instances already carries the "
                    + Numbers.format(busiest.peakRps()) + " req/s peak (" + Numbers.format(minCapacity)
                    + " req/s); what a crowd overloads first is the database and the contended rows.");
        }
        choice.because("Before announced events (sales, launches) the fleet is scaled to " + needed + " instances "
                + PRE_SCALE_MINUTES + " min ahead. When instances still run hot, the edge sheds by priority: "
                + (shedFirst.isEmpty() ? "reads" : Text.and(shedFirst.subList(0, Math.min(4, shedFirst.size()))))
                + (shedFirst.size() == 1 ? " is" : " are") + " refused first with 503 and a Retry-After header, "
                + (critical.isEmpty() ? "writes" : Text.and(critical.subList(0, Math.min(4, critical.size()))))
                + " last, so a crowd cannot take down the paths that take money or data.");
        modes.forEach(m -> choice.because(m.reason()).tradeoff(m.tradeoff()));
        if (waitingRoom) {
            choice.because((stock
                            ? "Limited stock draws the crowd at a set time: "
                            : "A peak " + Numbers.format(factor) + "× the average, at or above "
                                    + Numbers.format(WAITING_ROOM_FACTOR) + "×: ")
                    + "a virtual waiting room at the edge queues visitors and hands out signed, short-lived admission"
                    + " tokens at " + Numbers.format(admission) + " req/s, what the " + needed + " pre-scaled"
                    + " instances carry, so the crowd waits in order instead of retrying into errors.");
        }
        return choice.alternative(
                        "Rely on autoscaling alone",
                        serverless
                                ? "Concurrency limits and the database would fail the crowd first."
                                : "It reacts in " + (doublings > 0 ? seconds + " s" : "minutes")
                                        + "; a crowd arrives in seconds and its retries make the overload worse.")
                .alternative(
                        waitingRoom ? "Rate limits per user only" : "A waiting room for every peak",
                        waitingRoom
                                ? "Each visitor stays under the limit while all of them together exceed capacity."
                                : "Queues visitors at peaks the pre-scaled fleet serves; worth it from "
                                        + Numbers.format(WAITING_ROOM_FACTOR) + "× or with limited stock.")
                .tradeoff("Shed and queued visitors see a wait or a 503 instead of a slow page.")
                .tradeoff("Pre-scaling runs peak capacity for a while before it is needed: it costs money even when"
                        + " the crowd is smaller than announced.")
                .revisitWhen(
                        waitingRoom && ceiling > busiest.peakRps()
                                ? "When the peak passes ~" + Numbers.format(ceiling) + " req/s, what the ceiling"
                                        + " carries (" + range.max() + " × " + Numbers.format(capacity) + "; today "
                                        + Numbers.format(busiest.peakRps())
                                        + " req/s), raise the ceiling and the pre-scaled"
                                        + " fleet with it."
                                : waitingRoom
                                        ? "When the peak passes " + Numbers.format(Numbers.round(2 * busiest.peakRps()))
                                                + " req/s (today " + Numbers.format(busiest.peakRps()) + "), raise the"
                                                + " autoscaling ceiling before the admission rate."
                                        : "When the peak passes " + Numbers.format(WAITING_ROOM_FACTOR)
                                                + "× the average (today "
                                                + Numbers.format(factor)
                                                + "×) or limited stock sells at a set time, add a virtual"
                                                + " waiting room.");
    }

    /** Overloads without a flash crowd: each mode's remedy, and no pre-scaling or waiting room. */
    private static Choice overloads(DesignContext context, List<OverloadModes.Mode> modes) {
        Load load = context.load();
        Choice choice = Choice.of(Text.capitalize(String.join(
                        "; ", modes.stream().map(OverloadModes.Mode::clause).toList())))
                .drivenByLoad(load)
                .driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(context.requirements()));
        modes.forEach(m -> choice.because(m.reason()).tradeoff(m.tradeoff()));
        double factor =
                Numbers.round(load.averageRps() > 0 ? load.peakRps() / load.averageRps() : load.peakFactor(), 1);
        return choice.alternative(
                        "Rely on autoscaling alone",
                        "New capacity takes " + (DETECT_SECONDS + START_SECONDS) + " s or more to arrive; the overload"
                                + " and its retries arrive in seconds.")
                .alternative(
                        "A virtual waiting room",
                        "Fits crowds drawn to a set time; here the peak is " + Numbers.format(factor)
                                + "× the average and the overload comes from " + modes.size()
                                + (modes.size() == 1 ? " source" : " sources") + " named above.")
                .revisitWhen("When the peak passes " + Numbers.format(WAITING_ROOM_FACTOR) + "× the average (today "
                        + Numbers.format(factor) + "×) or limited stock sells at a set time, add pre-scaling and a"
                        + " virtual waiting room.");
    }
}
