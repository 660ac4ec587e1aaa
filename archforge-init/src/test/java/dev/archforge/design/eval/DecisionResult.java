package dev.archforge.design.eval;

import java.util.List;
import java.util.Optional;

/**
 * How one expected decision came out on one path.
 *
 * @param id the decision id
 * @param expected what its choice should say
 * @param designed whether the path produced a design at all (a failed path misses every decision)
 * @param choice the choice the design made; empty when the decision is absent
 */
record DecisionResult(String id, Expectation expected, boolean designed, Optional<String> choice) {
    static DecisionResult notDesigned(String id, Expectation expected) {
        return new DecisionResult(id, expected, false, Optional.empty());
    }

    boolean hit() {
        return designed && expected.metBy(choice);
    }

    /** The plainly wrong phrases the choice asserts. */
    List<String> wrong() {
        return expected.wrongIn(choice);
    }

    String got() {
        return designed ? choice.orElse("(absent)") : "(not designed)";
    }
}
