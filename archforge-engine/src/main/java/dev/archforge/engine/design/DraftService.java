package dev.archforge.engine.design;

import dev.archforge.design.init.InitResult;
import dev.archforge.design.init.InitSession;
import dev.archforge.design.init.Prompter;
import dev.archforge.model.UsageException;

/**
 * A brief in, drafted requirements out ({@code init}): the values read from the brief with the
 * brief's words, the assumed ones, and the questions whose answers change the design, asked
 * through the face's {@link Prompter} (or left open with {@link Prompter#noInput()}).
 */
public final class DraftService {

    public InitResult draft(String brief, Prompter prompter) {
        String text = brief.strip();
        if (text.isEmpty()) {
            throw new UsageException("the brief is empty: say in a sentence or two what you are building");
        }
        return new InitSession(prompter).run(text);
    }
}
