package dev.archforge.design.eval;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether the draft showed one expected fact.
 *
 * @param fact the expected fact
 * @param shown whether a draft fact quotes its words and states its value
 * @param got what the draft's facts quoting those words said, for the report
 */
record FactResult(ExpectedFact fact, boolean shown, String got) {
    static FactResult of(ExpectedFact fact, List<DraftFact> facts) {
        String quoted = Text.squash(fact.words());
        String got = facts.stream()
                .filter(f -> Text.squash(f.source()).contains(quoted))
                .map(f -> f.key() + " = " + f.value())
                .collect(Collectors.joining("; "));
        return new FactResult(fact, fact.shownBy(facts), got.isEmpty() ? "(no fact quotes these words)" : got);
    }

    static FactResult notRead(ExpectedFact fact) {
        return new FactResult(fact, false, "(no facts read)");
    }
}
