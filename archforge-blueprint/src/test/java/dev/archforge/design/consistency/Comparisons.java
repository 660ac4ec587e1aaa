package dev.archforge.design.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numeric comparisons a sentence states, "N …, below the M …" or "(… = N req/s) exceed what
 * one node serves (M/s)", and says which are false. A comparison is a number, a comparing word and a
 * number within one clause, with no other number between them; a word with a number on one side only
 * ("past ~3 teams") is a threshold, which {@link RevisitThresholds} judges.
 */
final class Comparisons {
    /** A number as the generators print it: 1,250 or 97.2, maybe with ~ and a word multiplier. */
    static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w/.,-])~?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s*(trillion|billion|million|thousand)\\b)?");

    private static final Pattern COMPARING = Pattern.compile(
            "\\b(below|under|above|over the|beyond|exceeds?|exceeding|pass|passes|passing|past|more than|less than"
                    + "|fewer than)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between a number and the comparing word: words, units, brackets, never a number or clause end. */
    private static final int LEFT_GAP = 60;

    private static final int RIGHT_GAP = 40;

    private Comparisons() {}

    /** One stated comparison: {@code left} is {@code word} {@code right}. */
    record Comparison(double left, String word, double right, String clause) {
        boolean holds() {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "below", "under", "less than", "fewer than" -> left < right;
                default -> left > right;
            };
        }
    }

    /** The clauses of a text: sentences, table cells and the parts of a list joined by semicolons. */
    static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("(?<=[.!?])\\s+|;\\s*|\\s*\\|\\s*|\\n")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static List<Comparison> in(String text) {
        List<Comparison> out = new ArrayList<>();
        for (String clause : clauses(text)) {
            Matcher word = COMPARING.matcher(clause);
            while (word.find()) {
                Optional<Double> left = lastNumberBefore(clause, word.start());
                Optional<Double> right = firstNumberAfter(clause, word.end());
                if (left.isPresent() && right.isPresent()) {
                    out.add(new Comparison(left.get(), word.group(1), right.get(), clause));
                }
            }
        }
        return out;
    }

    private static Optional<Double> lastNumberBefore(String clause, int end) {
        Matcher m = NUMBER.matcher(clause);
        Optional<Double> last = Optional.empty();
        int lastEnd = -1;
        while (m.find() && m.end() <= end) {
            last = Optional.of(value(m));
            lastEnd = m.end();
        }
        return lastEnd >= 0 && end - lastEnd <= LEFT_GAP ? last : Optional.empty();
    }

    private static Optional<Double> firstNumberAfter(String clause, int start) {
        Matcher m = NUMBER.matcher(clause);
        if (m.find(start) && m.start() - start <= RIGHT_GAP) {
            return Optional.of(value(m));
        }
        return Optional.empty();
    }

    static double value(Matcher m) {
        double v = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        String word = m.group(3);
        if (word == null) {
            return v;
        }
        return switch (word) {
            case "trillion" -> v * 1e12;
            case "billion" -> v * 1e9;
            case "million" -> v * 1e6;
            default -> v * 1e3;
        };
    }
}
