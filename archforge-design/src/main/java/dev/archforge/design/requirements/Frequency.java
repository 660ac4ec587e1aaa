package dev.archforge.design.requirements;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often an access pattern happens. Three kinds of rate:
 *
 * <ul>
 *   <li>per daily active user: {@code N per user per day|hour} (per hour counts all 24 hours);
 *   <li>absolute, at average load: {@code N per second|minute|hour|day};
 *   <li>per member of the actor, multiplied by the actor's {@code count}: {@code N per actor per
 *       second|minute|hour|day}, or {@code 1 per K seconds|minutes|hours per actor} (a device that
 *       reports every K seconds).
 * </ul>
 *
 * @param perUserPerDay 0 unless given per user
 * @param perSecond 0 unless given as an absolute rate
 * @param perActorPerSecond 0 unless given per actor
 */
record Frequency(double perUserPerDay, double perSecond, double perActorPerSecond) {
    static final String EXPECTED = "a frequency like '6 per user per day', '2 per user per hour', '50 per second',"
            + " '300 per minute', '20000 per day', '3 per actor per hour' or '1 per 4 seconds per actor'";
    /** What a pattern without {@code frequency} is taken to be. */
    static final Frequency DEFAULT = new Frequency(1, 0, 0);

    /** Beyond any real system, and far from where doubles stop being exact. */
    private static final double MAX = 1e12;

    private static final Pattern PER_USER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+per\\s+user\\s+per\\s+(day|hour)");
    private static final Pattern ABSOLUTE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+per\\s+(day|hour|second|minute)");
    private static final Pattern PER_ACTOR =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+per\\s+actor\\s+per\\s+(day|hour|second|minute)");
    private static final Pattern EVERY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s+per\\s+(\\d+(?:\\.\\d+)?)\\s+(seconds?|minutes?|hours?|days?)\\s+per\\s+actor");

    static Optional<Frequency> parse(String text) {
        String t = text.trim();
        Matcher m = PER_USER.matcher(t);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            return valid(n)
                    ? Optional.of(new Frequency(m.group(2).equals("day") ? n : n * 24, 0, 0))
                    : Optional.empty();
        }
        m = ABSOLUTE.matcher(t);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            return valid(n) ? Optional.of(new Frequency(0, n / seconds(m.group(2)), 0)) : Optional.empty();
        }
        m = PER_ACTOR.matcher(t);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            return valid(n) ? Optional.of(new Frequency(0, 0, n / seconds(m.group(2)))) : Optional.empty();
        }
        m = EVERY.matcher(t);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            double every = Double.parseDouble(m.group(2));
            return valid(n) && valid(every)
                    ? Optional.of(new Frequency(0, 0, n / (every * seconds(m.group(3)))))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    boolean perActor() {
        return perActorPerSecond > 0;
    }

    private static boolean valid(double n) {
        return n > 0 && n <= MAX;
    }

    private static double seconds(String unit) {
        String u = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return switch (u) {
            case "second" -> 1;
            case "minute" -> 60;
            case "hour" -> 3_600;
            default -> 86_400;
        };
    }
}
