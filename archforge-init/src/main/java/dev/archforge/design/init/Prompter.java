package dev.archforge.design.init;

import dev.archforge.design.plan.Question;
import java.util.Optional;

/**
 * Asks a person one question at a time. The CLI implements it on the console; {@link #noInput()} is
 * the {@code --no-input} (or no terminal) one that answers nothing, so every default stays an assumption.
 */
@FunctionalInterface
public interface Prompter {
    /**
     * Asks {@code question} (show its text, its assumed answer and the decisions it affects).
     *
     * @return the answer, or empty to leave the assumed value in place and the question open
     */
    Optional<String> ask(Question question);

    /** Tells the person why {@code answer} was not accepted; the question is then asked again. */
    default void rejected(Question question, String answer, String reason) {}

    /** A prompter that answers nothing. */
    static Prompter noInput() {
        return question -> Optional.empty();
    }
}
