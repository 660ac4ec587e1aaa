package dev.archforge.design.capacity;

import dev.archforge.design.plan.CapacityPlan.Section;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Scale;
import java.util.ArrayList;
import java.util.List;

/** Requests per day and per second, average and peak, reads and writes, and each access pattern. */
final class TrafficSection {
    private static final String RPS = "req/s";

    private TrafficSection() {}

    static Section build(PlanInput in) {
        Load load = in.load();
        String dau = Numbers.format(load.dailyActiveUsers()) + " DAU";
        String actions = Numbers.format(load.actionsPerUserPerDay()) + " actions";
        String peak = Numbers.format(load.peakRps()) + " req/s";
        double growth = in.requirements().scale().monthlyGrowthPercent();
        double yearFactor = Numbers.round(Math.pow(1 + growth / 100, 12), 2);
        List<Quantity> out = new ArrayList<>();
        Scale scale = in.requirements().scale();
        boolean perDay = scale.requestsPerDay().isPresent();
        out.add(new Quantity(
                "traffic.daily-requests",
                perDay ? "Requests per day, as stated" : "Requests per day by daily active users",
                perDay
                        ? Math.round(scale.requestsPerDay().getAsDouble())
                        : Math.round(load.dailyActiveUsers() * load.actionsPerUserPerDay()),
                "req/day",
                perDay ? "scale.requests-per-day" : dau + " × " + actions));
        String users = load.averageFromPeak()
                ? Numbers.format(load.userPeakRps()) + " req/s of user traffic at peak ÷ "
                        + Numbers.format(Load.ASSUMED_PEAK_FACTOR) + " (assumed peak factor; users not stated)"
                : perDay
                        ? Numbers.format(scale.requestsPerDay().getAsDouble()) + " req/day ÷ 86,400 s"
                        : dau + " × " + actions + " ÷ 86,400 s";
        out.add(new Quantity(
                "traffic.average-rps",
                "Average requests per second",
                load.averageRps(),
                RPS,
                load.absoluteRps() > 0
                        ? users + " = " + Numbers.format(load.userRps()) + " req/s + "
                                + Numbers.format(load.absoluteRps()) + " req/s of streams"
                        : users));
        String streams = load.streamPeakRps() > 0
                ? " + " + Numbers.format(load.streamPeakRps())
                        + " req/s of streams at peak (steady ones at their average)"
                : "";
        out.add(new Quantity(
                "traffic.peak-rps",
                "Peak requests per second",
                load.peakRps(),
                RPS,
                load.peakGiven()
                        ? "scale.peak-rps as given"
                        : Numbers.format(load.userRps()) + " req/s × " + Numbers.format(load.peakFactor())
                                + " peak factor" + streams));
        String userPeak = Numbers.format(load.userPeakRps()) + " req/s of user traffic at peak";
        String streamReads = load.streamPeakReadRps() > 0
                ? " + " + Numbers.format(load.streamPeakReadRps()) + " req/s of streams that read"
                : "";
        double streamWrites = Numbers.round(load.streamPeakRps() - load.streamPeakReadRps());
        out.add(new Quantity(
                "traffic.peak-read-rps",
                "Peak reads per second",
                load.peakReadRps(),
                RPS,
                userPeak + " × " + Numbers.percent(load.readPercent()) + " reads" + streamReads));
        out.add(new Quantity(
                "traffic.peak-write-rps",
                "Peak writes per second",
                load.peakWriteRps(),
                RPS,
                userPeak + " × " + Numbers.percent(100 - load.readPercent()) + " writes"
                        + (streamWrites > 0
                                ? " + " + Numbers.format(streamWrites) + " req/s of streams that write"
                                : "")));
        out.add(new Quantity(
                "traffic.peak-rps-in-12-months",
                "Peak requests per second in 12 months",
                Numbers.round(load.peakRps() * yearFactor),
                RPS,
                peak + " × " + Numbers.format(yearFactor) + " (" + Numbers.percent(growth)
                        + " monthly growth for 12 months)"));
        for (PatternLoad p : load.patterns()) {
            out.add(pattern(p, load));
        }
        return new Section("Traffic", out);
    }

    private static Quantity pattern(PatternLoad p, Load load) {
        AccessPattern a = p.pattern();
        String formula;
        if (a.perActorPerSecond() > 0) {
            formula = Numbers.format(a.perActorPerSecond()) + " per second per " + a.actor() + " × "
                    + Numbers.format(Math.round(a.perSecond() / a.perActorPerSecond())) + " " + a.actor() + " = "
                    + Numbers.format(p.averageRps()) + " req/s" + shape(p);
        } else if (a.perSecond() > 0) {
            formula = Numbers.format(p.averageRps()) + " per second" + shape(p);
        } else {
            double factor = p.averageRps() > 0 ? Numbers.round(p.peakRps() / p.averageRps(), 2) : load.peakFactor();
            formula = Numbers.format(a.perUserPerDay()) + " per user per day × "
                    + Numbers.format(load.dailyActiveUsers()) + " DAU ÷ 86,400 s = "
                    + Numbers.format(p.averageRps()) + " req/s × " + Numbers.format(factor) + " peak factor";
        }
        return new Quantity(
                "traffic.pattern." + a.name() + ".peak-rps", "Peak rate of " + a.name(), p.peakRps(), RPS, formula);
    }

    private static String shape(PatternLoad p) {
        if (p.pattern().steady()) {
            return ", steady: the peak is the average";
        }
        return " × " + Numbers.format(Numbers.round(p.peakRps() / Math.max(p.averageRps(), 1e-9), 2)) + " peak factor";
    }
}
