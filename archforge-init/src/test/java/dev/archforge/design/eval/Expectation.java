package dev.archforge.design.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one decision's one-line choice should say.
 *
 * @param any phrases of which at least one must appear (case-insensitive substrings)
 * @param not phrases of which none may appear: a plainly wrong choice
 * @param none the decision should be absent, or its choice start with "No "
 */
record Expectation(List<String> any, List<String> not, boolean none) {
    private static final Pattern NEGATION = Pattern.compile("\\b(no|not|without|instead of|rather than)\\s");
    private static final int NEGATION_REACH = 14;

    Expectation {
        any = List.copyOf(any);
        not = List.copyOf(not);
    }

    /** Whether {@code choice} (empty when the decision is absent) meets the expectation. */
    boolean metBy(Optional<String> choice) {
        if (choice.isEmpty()) {
            return none;
        }
        String text = choice.get().strip().toLowerCase(Locale.ROOT);
        if (none) {
            return saysNo(text);
        }
        return wrongIn(choice).isEmpty() && any.stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)));
    }

    /**
     * The {@code not} phrases {@code choice} asserts. A phrase right after a negation ("no Kafka",
     * "rather than microservices") is not asserted, and a choice that says "No …" asserts only the
     * phrases that are themselves a "no …" ({@code not: ["no cache"]} against "No cache").
     */
    List<String> wrongIn(Optional<String> choice) {
        if (choice.isEmpty()) {
            return List.of();
        }
        String text = choice.get().strip().toLowerCase(Locale.ROOT);
        List<String> wrong = new ArrayList<>();
        for (String phrase : not) {
            if (asserts(text, phrase.toLowerCase(Locale.ROOT))) {
                wrong.add(phrase);
            }
        }
        return wrong;
    }

    /** The expectation as one would write it, for the report. */
    String describe() {
        StringBuilder s = new StringBuilder(none ? "none" : "any " + any);
        if (!not.isEmpty()) {
            s.append(", not ").append(not);
        }
        return s.toString();
    }

    private static boolean saysNo(String text) {
        return text.startsWith("no ") || text.startsWith("no:") || text.equals("no") || text.startsWith("none");
    }

    private static boolean asserts(String text, String phrase) {
        if (saysNo(phrase)) {
            return text.contains(phrase);
        }
        if (saysNo(text)) {
            return false;
        }
        int at = text.indexOf(phrase);
        while (at >= 0) {
            String before = text.substring(Math.max(0, at - NEGATION_REACH), at);
            if (!NEGATION.matcher(before).find()) {
                return true;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return false;
    }
}
