package dev.archforge.design.requirements;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** "Did you mean" for misspelled keys and names: the closest candidate by edit distance, if close enough. */
final class Suggest {
    /** Lists longer than this are not spelled out in a message. */
    private static final int MAX_LISTED = 16;

    private Suggest() {}

    /** The candidate closest to {@code text} (case-insensitive), if within a third of its length (at least 2). */
    static Optional<String> closest(String text, Collection<String> candidates) {
        String wanted = text.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        @Nullable String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * The tail of a message about an unknown {@code text}: {@code " (did you mean 'x'?)"} when one
     * candidate is close, else {@code ", expected one of a, b, c"} (or nothing when there are too many).
     */
    static String hint(String text, Collection<String> candidates) {
        Optional<String> best = closest(text, candidates);
        if (best.isPresent()) {
            return " (did you mean '" + best.get() + "'?)";
        }
        if (candidates.isEmpty() || candidates.size() > MAX_LISTED) {
            return "";
        }
        return ", expected one of " + String.join(", ", candidates);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
