package dev.archforge.design;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures of the workload model that cannot all be true, each located at the requirement that makes
 * them: a peak far sharper than human traffic gets, a stated peak that nothing in the file explains,
 * a person doing something more often than a person can. The stated numbers are still used as stated.
 */
final class WorkloadWarnings {
    /** Requests one person can make in a day, even a busy one: one every ten seconds for 24 hours. */
    static final double MAX_PER_PERSON_PER_DAY = 8_640;

    private WorkloadWarnings() {}

    static List<Warning> of(Requirements req, Load load, Designer.Locator at) {
        List<Warning> out = new ArrayList<>();
        if (load.peakGiven() && !load.averageFromPeak() && load.userRps() > 0) {
            double implied = Numbers.round((load.userPeakRps() + load.unexplainedPeakRps()) / load.userRps(), 2);
            if (implied > Load.PLAUSIBLE_PEAK_FACTOR) {
                out.add(new Warning(
                        "peak-factor-implausible",
                        at.of(RequirementKey.PEAK_RPS),
                        "scale.peak-rps " + Numbers.format(load.peakRps()) + " req/s over "
                                + Numbers.format(load.userRps()) + " req/s of average user traffic"
                                + (load.streamPeakRps() > 0
                                        ? " (after " + Numbers.format(load.streamPeakRps()) + " req/s of streams)"
                                        : "")
                                + " implies a peak factor of " + Numbers.format(implied) + ", above the "
                                + Numbers.format(Load.PLAUSIBLE_PEAK_FACTOR)
                                + " that human traffic reaches outside a planned event: check daily-active-users,"
                                + " actions-per-user-per-day and peak-rps"));
            }
        }
        if (load.unexplainedPeakRps() > 0) {
            out.add(new Warning(
                    "peak-unexplained",
                    at.of(RequirementKey.PEAK_RPS),
                    "scale.peak-rps " + Numbers.format(load.peakRps()) + " req/s is "
                            + Numbers.format(load.unexplainedPeakRps()) + " req/s more than the streams ("
                            + Numbers.format(load.streamPeakRps()) + " req/s) and user traffic at a peak factor of "
                            + Numbers.format(Load.PLAUSIBLE_PEAK_FACTOR) + " ("
                            + Numbers.format(load.userPeakRps()) + " req/s) explain: the plan sizes for it, but"
                            + " no access pattern makes it"));
        }
        long dau = req.scale().dailyActiveUsers();
        for (AccessPattern p : req.accessPatterns()) {
            if (p.perSecond() <= 0 || machine(req, p.actor()) || dau <= 0) {
                continue;
            }
            double perPerson = Numbers.round(p.perSecond() * Load.SECONDS_PER_DAY / dau);
            if (perPerson > MAX_PER_PERSON_PER_DAY) {
                out.add(new Warning(
                        "stream-exceeds-users",
                        p.location(),
                        "access pattern '" + p.name() + "' runs at " + Numbers.format(p.perSecond())
                                + " req/s, which is " + Numbers.format(perPerson) + " a day for each of "
                                + Numbers.format(dau) + " daily active users; a person makes at most "
                                + Numbers.format(MAX_PER_PERSON_PER_DAY)
                                + ": mark actor '" + p.actor()
                                + "' external if a machine sends it, or check the rate"));
            }
        }
        return out;
    }

    private static boolean machine(Requirements req, String actor) {
        return req.actor(actor).map(Actor::external).orElse(false);
    }
}
