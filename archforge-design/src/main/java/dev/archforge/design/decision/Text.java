package dev.archforge.design.decision;

import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Team;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small phrasing helpers, so rationales read the same across rules. */
final class Text {
    private Text() {}

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "a team of 5" or "4 teams of 24 people". */
    static String people(Team team) {
        return team.teams() <= 1 ? "a team of " + team.size() : team.teams() + " teams of " + team.size() + " people";
    }

    /** The verb for {@link #people}: "deploys" for one team, "deploy" for several. */
    static String verb(Team team, String singular, String plural) {
        return team.teams() <= 1 ? singular : plural;
    }

    /** The verb for a list of names: singular for one. */
    static String verb(List<String> items, String singular, String plural) {
        return items.size() == 1 ? singular : plural;
    }

    /** The data-residency area, if one is set: empty and {@code none} mean no constraint. */
    static Optional<String> residency(Constraints constraints) {
        String area = constraints.dataResidency().trim();
        return area.isEmpty() || area.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(area);
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "1 entity", "5 entities". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The next round figure at or above {@code value}: 1, 2 or 5 times a power of ten. */
    static double niceUp(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** A row count as a reader says it: "1 billion", "20 trillion", else the digits. */
    static String rows(double rows) {
        double trillions = rows / 1e12;
        double billions = rows / 1e9;
        if (trillions >= 1 && trillions == Math.rint(trillions)) {
            return (long) trillions + " trillion";
        }
        return billions >= 1 && billions == Math.rint(billions)
                ? (long) billions + " billion"
                : dev.archforge.design.capacity.Numbers.format(rows);
    }
}
