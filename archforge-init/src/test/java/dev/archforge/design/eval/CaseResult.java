package dev.archforge.design.eval;

import java.util.List;
import java.util.Optional;

/**
 * A case scored on both paths and on its facts.
 *
 * @param evalCase the case
 * @param init the decisions designed from the draft {@code archforge init} wrote from the brief
 * @param written the decisions designed from the hand-written {@code requirements.yaml}
 * @param facts for each expected fact, whether the draft showed it
 * @param factsError why the draft's facts could not be read, if they could not
 */
record CaseResult(
        EvalCase evalCase, PathResult init, PathResult written, List<FactResult> facts, Optional<String> factsError) {
    CaseResult {
        facts = List.copyOf(facts);
    }

    int factsHit() {
        return (int) facts.stream().filter(FactResult::shown).count();
    }

    int wrong() {
        return init.wrong() + written.wrong();
    }
}
