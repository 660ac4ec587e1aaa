package dev.archforge.design.artifact.docs;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Decision;
import java.util.OptionalDouble;

/**
 * A numeric revisit threshold of a decision, with today's figure and when growth reaches it.
 *
 * @param metric what is measured ("peak reads"), {@code unit} its unit
 * @param limit the threshold the decision's revisit text names
 * @param today the figure now; for an accumulating metric, what is added per month
 * @param accumulating rows that pile up month by month, rather than a rate that grows with users
 * @param retentionMonths how long rows are kept, for an accumulating metric: they expire before a
 *     limit reached later
 * @param months months until growth reaches the limit; 0 when already past, empty when it never does
 */
record Threshold(
        Decision decision,
        String metric,
        String unit,
        double limit,
        double today,
        boolean accumulating,
        int retentionMonths,
        OptionalDouble months) {

    boolean passed() {
        return months.isPresent() && months.getAsDouble() <= 0;
    }

    /** Reached within {@code horizon} months (or already). */
    boolean within(int horizon) {
        return months.isPresent() && months.getAsDouble() <= horizon;
    }

    /** "today 430.1 events/s", or "1,000 rows a month" for an accumulating metric. */
    String todayText() {
        return accumulating
                ? Numbers.format(today) + " " + unit + " a month"
                : "today " + Numbers.format(today) + " " + unit;
    }

    /** "already past", "at 3 % a month, ~29 months", "…, within the first month", "not reached at 0 % growth". */
    String whenText(double growthPercent) {
        if (months.isEmpty()) {
            if (accumulating) {
                return today > 0 ? "not within the " + retentionMonths + "-month retention" : "not reached";
            }
            return growthPercent <= 0 ? "not reached at 0 % growth" : "not reached by growth";
        }
        double m = months.getAsDouble();
        if (m <= 0) {
            return "already past";
        }
        long whole = Numbers.ceil(m);
        String at = growthPercent > 0 ? "at " + Numbers.percent(growthPercent) + " a month, " : "at today's rate, ";
        return whole <= 1 ? at + "within the first month" : at + "~" + Numbers.format(whole) + " months";
    }

    /** Months until a figure growing {@code growth} (0.03) a month from {@code today} reaches {@code limit}. */
    static OptionalDouble monthsForRate(double today, double limit, double growth) {
        if (today >= limit) {
            return OptionalDouble.of(0);
        }
        if (today <= 0 || growth <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.log(limit / today) / Math.log(1 + growth));
    }

    /** Months until rows added at {@code perMonth}, growing {@code growth} a month, sum to {@code limit}. */
    static OptionalDouble monthsForRows(double perMonth, double limit, double growth) {
        if (perMonth <= 0) {
            return OptionalDouble.empty();
        }
        if (growth <= 0) {
            return OptionalDouble.of(limit / perMonth);
        }
        return OptionalDouble.of(Math.log(1 + limit * growth / perMonth) / Math.log(1 + growth));
    }
}
