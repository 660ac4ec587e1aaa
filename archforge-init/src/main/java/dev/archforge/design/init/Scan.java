package dev.archforge.design.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of a brief: the marked text, the spans already read (a phrase counts once: "a team of 4
 * people" is taken before "4 people" could be read as users) and the claims found so far.
 */
final class Scan {
    private final Marked marked;
    private final List<int[]> taken = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    Scan(Marked marked) {
        this.marked = marked;
    }

    Marked marked() {
        return marked;
    }

    String text() {
        return marked.text();
    }

    List<Claim> claims() {
        return claims;
    }

    void add(Claim claim) {
        claims.add(claim);
    }

    /** Every match of {@code p} not overlapping a phrase already read, each then taken. */
    List<MatchResult> all(Pattern p) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = p.matcher(marked.text());
        while (m.find()) {
            if (free(m.start(), m.end())) {
                taken.add(new int[] {m.start(), m.end()});
                found.add(m.toMatchResult());
            }
        }
        return found;
    }

    Optional<MatchResult> first(Pattern p) {
        Matcher m = p.matcher(marked.text());
        while (m.find()) {
            if (free(m.start(), m.end())) {
                taken.add(new int[] {m.start(), m.end()});
                return Optional.of(m.toMatchResult());
            }
        }
        return Optional.empty();
    }

    /** Marks {@code [start, end)} as read. */
    void take(int start, int end) {
        taken.add(new int[] {start, end});
    }

    /** True when no phrase read so far overlaps {@code [start, end)}. */
    boolean free(int start, int end) {
        return taken.stream().noneMatch(t -> start < t[1] && t[0] < end);
    }

    String source(MatchResult m) {
        return marked.source(m);
    }

    double value(MatchResult m, int group) {
        return marked.value(m, group);
    }

    /** The sentence around {@code at}, in the marked text. */
    String sentence(int at) {
        String t = marked.text();
        int start = at;
        while (start > 0 && ".!?;".indexOf(t.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < t.length() && ".!?;".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        return t.substring(start, end);
    }
}
