package dev.archforge.design.eval;

import java.util.List;

/**
 * A fact the brief states, which the draft's facts table must show.
 *
 * @param words the brief's own words for it (a substring of the brief)
 * @param values what it states; any one of them counts ({@code 7} years may be shown as {@code 84} months)
 */
record ExpectedFact(String words, List<String> values) {
    ExpectedFact {
        values = List.copyOf(values);
    }

    /** Whether one of the draft's facts quotes these words and states one of these values. */
    boolean shownBy(List<DraftFact> facts) {
        String quoted = Text.squash(words);
        return facts.stream()
                .anyMatch(f -> Text.squash(f.source()).contains(quoted)
                        && values.stream().anyMatch(v -> Text.states(f.value(), v)));
    }

    String describe() {
        return "\"" + words + "\" = " + (values.size() == 1 ? values.get(0) : values.toString());
    }
}
