package dev.archforge.design.eval;

import java.util.List;
import java.util.Optional;

/**
 * How the decisions of one path (the drafted file, or the hand-written one) scored.
 *
 * @param path {@code init} or {@code requirements}
 * @param decisions one result per expected decision; all misses when the path failed
 * @param error why the path could not be loaded or designed, if it could not
 */
record PathResult(String path, List<DecisionResult> decisions, Optional<String> error) {
    PathResult {
        decisions = List.copyOf(decisions);
    }

    int hits() {
        return (int) decisions.stream().filter(DecisionResult::hit).count();
    }

    int expected() {
        return decisions.size();
    }

    /** Decisions whose choice asserts a plainly wrong phrase. */
    int wrong() {
        return (int) decisions.stream().filter(d -> !d.wrong().isEmpty()).count();
    }
}
