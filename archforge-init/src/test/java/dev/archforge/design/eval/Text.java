package dev.archforge.design.eval;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the evaluation compares words and values: case and spacing never matter, nor how a number is written. */
final class Text {
    private static final Pattern SCALED =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(k|thousand|m|million|mn|b|bn|billion)");
    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[,_](?=\\d{3})");
    private static final Pattern TOKEN_BREAK = Pattern.compile("[^a-z0-9.\\-]+");

    private Text() {}

    /** Lower case, with every run of whitespace one space and none at the ends. */
    static String squash(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * A value in one canonical spelling: {@code "20,000"}, {@code 20000.0}, {@code "20k"} all become
     * {@code 20000}; words are squashed and unquoted.
     */
    static String value(String raw) {
        String s = squash(raw);
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = DIGIT_GROUP.matcher(s).replaceAll("");
        Matcher scaled = SCALED.matcher(s);
        if (scaled.matches()) {
            return plain(new BigDecimal(scaled.group(1)).multiply(scale(scaled.group(2))));
        }
        try {
            return plain(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /**
     * Whether a value the tool wrote states {@code expected}: equal once both are canonical, or one
     * of its words or numbers is ({@code "1 per 4 seconds per actor"} states 4, {@code "[gdpr, pci]"} states gdpr).
     */
    static boolean states(String actual, String expected) {
        String want = value(expected);
        String got = value(actual);
        if (got.equals(want)) {
            return true;
        }
        for (String token : TOKEN_BREAK.split(got)) {
            String trimmed = token.replaceAll("^[.\\-]+|[.\\-]+$", "");
            if (!trimmed.isEmpty() && value(trimmed).equals(want)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal scale(String suffix) {
        return switch (suffix) {
            case "k", "thousand" -> BigDecimal.valueOf(1_000);
            case "m", "million", "mn" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
