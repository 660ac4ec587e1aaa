package dev.archforge.design.requirements;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often an access pattern happens, written {@code N per user per day|hour} (per daily active
 * user) or {@code N per second|minute} (absolute, at average load). Per hour counts all 24 hours.
 *
 * @param perUserPerDay 0 when given as an absolute rate
 * @param perSecond 0 when given per user
 */
record Frequency(double perUserPerDay, double perSecond) {
    static final String EXPECTED =
            "a frequency like '6 per user per day', '2 per user per hour', '50 per second'" + " or '300 per minute'";
    /** What a pattern without {@code frequency} is taken to be. */
    static final Frequency DEFAULT = new Frequency(1, 0);

    /** Beyond any real system, and far from where doubles stop being exact. */
    private static final double MAX = 1e12;

    private static final Pattern SHAPE =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s+per\\s+(?:(user)\\s+per\\s+)?(day|hour|second|minute)");

    static Optional<Frequency> parse(String text) {
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        double n = Double.parseDouble(m.group(1));
        boolean perUser = m.group(2) != null;
        String unit = m.group(3);
        if (n <= 0 || n > MAX || perUser != (unit.equals("day") || unit.equals("hour"))) {
            return Optional.empty();
        }
        return Optional.of(
                switch (unit) {
                    case "day" -> new Frequency(n, 0);
                    case "hour" -> new Frequency(n * 24, 0);
                    case "second" -> new Frequency(0, n);
                    default -> new Frequency(0, n / 60);
                });
    }
}
