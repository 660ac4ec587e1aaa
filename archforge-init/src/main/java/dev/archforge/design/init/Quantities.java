package dev.archforge.design.init;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers people write: {@code 10,000}, {@code 10k}, {@code 1.5 million}, {@code twelve}.
 * {@link #NUMBER} is a regex fragment with two groups (the number, its multiplier) for larger patterns.
 */
final class Quantities {
    private static final List<String> WORDS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty");
    private static final String MULTIPLIER = "k|m|thousand|million|billion";

    /** A number and an optional multiplier, as groups 1 and 2. */
    static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
            + String.join("|", WORDS) + "|thirty|forty|fifty|a dozen|a hundred)(?:\\s*(" + MULTIPLIER
            + ")(?![a-z]))?";

    private static final Pattern WHOLE =
            Pattern.compile("(\\d{1,3}(?:[, ]\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(" + MULTIPLIER + ")?");

    private Quantities() {}

    /** The value of a {@link #NUMBER} match whose number is group {@code at} and multiplier {@code at + 1}. */
    static double value(MatchResult m, int at) {
        return value(m.group(at), m.group(at + 1));
    }

    static double value(String number, String multiplier) {
        String n = number.toLowerCase(Locale.ROOT).replace(",", "").replace(" ", "");
        double base =
                switch (n) {
                    case "thirty" -> 30;
                    case "forty" -> 40;
                    case "fifty" -> 50;
                    case "adozen" -> 12;
                    case "ahundred" -> 100;
                    default -> WORDS.contains(n) ? WORDS.indexOf(n) : Double.parseDouble(n);
                };
        return base * scale(multiplier);
    }

    /**
     * Reads an answer that should be just a number, allowing thousands separators, a multiplier and a
     * leading currency sign: {@code 10,000}, {@code 10k}, {@code $2,000}, {@code 1.5 million}.
     */
    static OptionalDouble parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^[$€£]\\s*", "");
        Matcher m = WHOLE.matcher(t);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value(m.group(1), m.group(2)));
    }

    private static double scale(String multiplier) {
        if (multiplier == null) {
            return 1;
        }
        return switch (multiplier.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> 1e3;
            case "m", "million" -> 1e6;
            case "billion" -> 1e9;
            default -> throw new IllegalArgumentException("unknown multiplier '" + multiplier + "'");
        };
    }
}
