package dev.archforge.design.init;

import dev.archforge.design.init.Numbers.Amount;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * A brief with each number replaced by a marker {@code ‹i›} (the i-th {@link Amount}), so the phrase
 * patterns need not know the forms numbers take; every span of the marked text maps back to the
 * brief's own words.
 */
final class Marked {
    /** A regex fragment matching one marker, the amount's index as a group. */
    static final String N = "‹(\\d+)›";

    private final String original;
    private final String text;
    private final List<Amount> amounts;
    private final int[] starts;
    private final int[] ends;

    private Marked(String original, String text, List<Amount> amounts, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.amounts = amounts;
        this.starts = starts;
        this.ends = ends;
    }

    /** The brief, white space collapsed, marked. */
    static Marked of(String brief) {
        String original = brief.strip().replaceAll("\\s+", " ");
        StringBuilder lower = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            lower.append(Character.toLowerCase(original.charAt(i)));
        }
        List<Amount> amounts = Numbers.find(lower.toString());
        StringBuilder text = new StringBuilder();
        int[] starts = new int[original.length() + amounts.size() * 8 + 1];
        int[] ends = new int[starts.length];
        int at = 0;
        for (int k = 0; k <= amounts.size(); k++) {
            int until = k < amounts.size() ? amounts.get(k).start() : lower.length();
            for (; at < until; at++) {
                starts[text.length()] = at;
                ends[text.length()] = at + 1;
                text.append(lower.charAt(at));
            }
            if (k < amounts.size()) {
                Amount a = amounts.get(k);
                for (char c : ("‹" + k + "›").toCharArray()) {
                    starts[text.length()] = a.from();
                    ends[text.length()] = a.end();
                    text.append(c);
                }
                at = a.end();
            }
        }
        return new Marked(original, text.toString(), List.copyOf(amounts), starts, ends);
    }

    /** The lower-case text with markers. */
    String text() {
        return text;
    }

    /** The brief, white space collapsed, in its own case. */
    String original() {
        return original;
    }

    Amount amount(String index) {
        return amounts.get(Integer.parseInt(index));
    }

    /** The value of the marker in group {@code group} of {@code m}. */
    double value(MatchResult m, int group) {
        return amount(m.group(group)).value();
    }

    /** True when any marker in {@code m}'s span is approximate. */
    boolean approximate(MatchResult m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null
                    && m.group(g).matches("\\d+")
                    && text.startsWith("‹" + m.group(g) + "›", m.start(g) - 1)) {
                if (amount(m.group(g)).approximate()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The brief's own words for the marked span {@code [start, end)}, without punctuation at the ends. */
    String source(int start, int end) {
        if (end <= start) {
            return "";
        }
        int from = starts[start];
        for (int i = start; i < end; i++) {
            from = Math.min(from, starts[i]);
        }
        String s = original.substring(from, ends[end - 1]);
        return s.replaceAll("^[\\s,;:.!?()\"']+|[\\s,;:!?()\"']+$|(?<![A-Za-z]\\.[A-Za-z])\\.$", "");
    }

    String source(MatchResult m) {
        return source(m.start(), m.end());
    }

    /** Index in the original of the marked position {@code at}. */
    int originalAt(int at) {
        return at >= text.length() ? original.length() : starts[at];
    }
}
