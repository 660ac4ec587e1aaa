package dev.archforge.design.capacity;

import dev.archforge.design.plan.CapacityPlan.Section;
import dev.archforge.design.plan.Quantity;
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
        String average = Numbers.format(load.averageRps()) + " req/s";
        String peak = Numbers.format(load.peakRps()) + " req/s";
        double growth = in.requirements().scale().monthlyGrowthPercent();
        double yearFactor = Numbers.round(Math.pow(1 + growth / 100, 12), 2);
        List<Quantity> out = new ArrayList<>();
        out.add(new Quantity(
                "traffic.daily-requests",
                "Requests per day by daily active users",
                Math.round(load.dailyActiveUsers() * load.actionsPerUserPerDay()),
                "req/day",
                dau + " × " + actions));
        String users = dau + " × " + actions + " ÷ 86,400 s";
        out.add(new Quantity(
                "traffic.average-rps",
                "Average requests per second",
                load.averageRps(),
                RPS,
                load.absoluteRps() > 0
                        ? users + " = " + Numbers.format(load.userRps()) + " req/s + "
                                + Numbers.format(load.absoluteRps()) + " req/s of per-second patterns"
                        : users));
        out.add(new Quantity(
                "traffic.peak-rps",
                "Peak requests per second",
                load.peakRps(),
                RPS,
                load.peakGiven()
                        ? "scale.peak-rps as given (" + Numbers.format(load.peakFactor()) + " × " + average + ")"
                        : average + " × " + Numbers.format(load.peakFactor()) + " peak factor"));
        out.add(new Quantity(
                "traffic.peak-read-rps",
                "Peak reads per second",
                load.peakReadRps(),
                RPS,
                peak + " × " + Numbers.percent(load.readPercent()) + " reads"));
        out.add(new Quantity(
                "traffic.peak-write-rps",
                "Peak writes per second",
                load.peakWriteRps(),
                RPS,
                peak + " × " + Numbers.percent(100 - load.readPercent()) + " writes"));
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
        String rate = p.pattern().perSecond() > 0
                ? Numbers.format(p.averageRps()) + " per second"
                : Numbers.format(p.pattern().perUserPerDay()) + " per user per day × "
                        + Numbers.format(load.dailyActiveUsers()) + " DAU ÷ 86,400 s = "
                        + Numbers.format(p.averageRps()) + " req/s";
        return new Quantity(
                "traffic.pattern." + p.pattern().name() + ".peak-rps",
                "Peak rate of " + p.pattern().name(),
                p.peakRps(),
                RPS,
                rate + " × " + Numbers.format(load.peakFactor()) + " peak factor");
    }
}
