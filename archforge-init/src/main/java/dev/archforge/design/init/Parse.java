package dev.archforge.design.init;

import java.util.Map;

/** The outcome of reading one answer: the settings it sets, or why it was not understood. */
sealed interface Parse {
    /** The answer sets these values. */
    record Accepted(Map<Setting, Object> values) implements Parse {
        public Accepted {
            values = Map.copyOf(values);
        }
    }

    /** The answer is not usable; {@code reason} says what was expected. */
    record Rejected(String reason) implements Parse {}
}
