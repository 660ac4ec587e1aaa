package dev.archforge.design.artifact.docs;

import dev.archforge.design.capacity.EntitySizes;
import dev.archforge.design.capacity.Load;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Requirements;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the numeric thresholds out of the decisions' revisit texts ("When peak reads pass ~500
 * req/s") and measures them against today's figures: one recognizer per kind of figure, each naming
 * where today's value comes from. A text no recognizer reads is a threshold without a date.
 */
final class Thresholds {
    /** The capacity plan's horizon: a threshold reached within it is close. */
    static final int HORIZON_MONTHS = 12;

    private static final String NUMBER = "~?([0-9][0-9,]*(?:\\.[0-9]+)?)(?:\\s+(billion|million))?";

    /** A phrase of a revisit text and how to measure it: (design, limit) → threshold parts. */
    private record Trigger(Pattern pattern, BiFunction<Design, Double, Optional<Reading>> reading) {}

    /** Today's figure of a metric; {@code limit} overrides the text's number when the metric defines its own. */
    private record Reading(String metric, String unit, double today, boolean accumulating, double limit) {}

    private static final List<Trigger> TRIGGERS = List.of(
            trigger("peak reads pass " + NUMBER, (d, l) -> rate("peak reads", "req/s", load(d).peakReadRps(), l)),
            trigger("events pass " + NUMBER, (d, l) -> Quantities.value(d, "messaging.peak-events")
                    .flatMap(v -> rate("peak events", "events/s", v, l))),
            trigger("average load passes " + NUMBER, (d, l) -> rate("average load", "req/s", load(d).averageRps(), l)),
            trigger(
                    "sustained peak doubles \\(past " + NUMBER,
                    (d, l) -> rate("busiest deployable's peak", "req/s", l / 2, l)),
            trigger(
                    "writes pass " + NUMBER,
                    (d, l) -> rate("sustained writes", "rows/s", load(d).averageWriteRps(), l)),
            trigger(
                    "users pass " + NUMBER,
                    (d, l) -> rate(
                            "registered users",
                            "users",
                            (double) d.requirements().scale().registeredUsers(),
                            l)),
            trigger("table passes " + NUMBER + " rows", Thresholds::rows),
            trigger("connections at the ceiling approach the budget", (d, l) -> Quantities.value(
                            d, "database.connections-at-max")
                    .flatMap(now -> Quantities.value(d, "database.connection-budget")
                            .flatMap(budget -> Optional.of(
                                    new Reading("connections at the ceiling", "connections", now, false, budget))))));

    private Thresholds() {}

    /** The numeric thresholds of the design's decisions, in decision order; per decision the soonest. */
    static List<Threshold> of(Design design) {
        double growth = design.requirements().scale().monthlyGrowthPercent() / 100;
        int retention = EntitySizes.horizonMonths(design.requirements().scale());
        List<Threshold> out = new ArrayList<>();
        for (Decision d : design.decisions()) {
            List<Threshold> found = new ArrayList<>();
            for (Trigger t : TRIGGERS) {
                Matcher m = t.pattern().matcher(d.revisitWhen());
                if (m.find()) {
                    double limit = m.groupCount() >= 1 ? number(m.group(1), m.group(2)) : 0;
                    t.reading()
                            .apply(design, limit)
                            .ifPresent(r -> found.add(new Threshold(
                                    d,
                                    r.metric(),
                                    r.unit(),
                                    r.limit(),
                                    r.today(),
                                    r.accumulating(),
                                    retention,
                                    r.accumulating()
                                            ? withinRetention(
                                                    Threshold.monthsForRows(r.today(), r.limit(), growth), retention)
                                            : Threshold.monthsForRate(r.today(), r.limit(), growth))));
                }
            }
            found.stream()
                    .min(Comparator.comparingDouble(t -> t.months().orElse(Double.MAX_VALUE)))
                    .ifPresent(out::add);
        }
        return out;
    }

    /** Rows expire after the retention: a limit the table would pass only later is never reached. */
    private static OptionalDouble withinRetention(OptionalDouble months, int retention) {
        return months.isPresent() && months.getAsDouble() > retention ? OptionalDouble.empty() : months;
    }

    private static Trigger trigger(String regex, BiFunction<Design, Double, Optional<Reading>> reading) {
        return new Trigger(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), reading);
    }

    private static Optional<Reading> rate(String metric, String unit, double today, double limit) {
        return Optional.of(new Reading(metric, unit, today, false, limit));
    }

    /** The table that adds the most rows a month, measured against the limit. */
    private static Optional<Reading> rows(Design design, double limit) {
        Requirements r = design.requirements();
        Load load = load(design);
        return r.entities().stream()
                .max(Comparator.comparingDouble((Entity e) -> EntitySizes.rowsPerMonth(r, load, e))
                        .thenComparing(Entity::name, Comparator.reverseOrder()))
                .filter(e -> EntitySizes.rowsPerMonth(r, load, e) > 0)
                .map(e -> new Reading(
                        "rows in " + Names.table(e.name()), "rows", EntitySizes.rowsPerMonth(r, load, e), true, limit));
    }

    private static Load load(Design design) {
        return Load.of(design.requirements());
    }

    /** "1,000" → 1000; "1 billion" → 1e9. */
    static double number(String digits, @Nullable String scale) {
        double n = new BigDecimal(digits.replace(",", "")).doubleValue();
        if (scale == null) {
            return n;
        }
        return n * (scale.toLowerCase(Locale.ROOT).equals("billion") ? 1e9 : 1e6);
    }
}
