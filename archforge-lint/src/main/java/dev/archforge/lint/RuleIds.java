package dev.archforge.lint;

import java.util.Collection;
import java.util.Optional;

/** Help for a rule id that no rule has: the known id it most likely misspells. */
public final class RuleIds {
    /** The most edits a misspelling is allowed: a dropped, doubled, swapped or wrong letter or two. */
    static final int MAX_EDITS = 2;

    private RuleIds() {}

    /**
     * The known id closest to {@code id} by edit distance, when it is at most {@value #MAX_EDITS}
     * edits away; ties go to the id that sorts first, so the suggestion is the same every run.
     */
    public static Optional<String> closest(String id, Collection<String> known) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String candidate : known) {
            if (Math.abs(candidate.length() - id.length()) > MAX_EDITS) {
                continue;
            }
            int d = distance(id, candidate);
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'x'?)"} for a misspelt id, or nothing. */
    public static String suggestion(String id, Collection<String> known) {
        return closest(id, known).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
