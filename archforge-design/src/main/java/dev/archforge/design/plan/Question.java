package dev.archforge.design.plan;

import java.util.List;

/**
 * A question whose answer changes the design, with the answer assumed until someone gives one.
 *
 * @param key the requirements key it sets ({@code scale.daily-active-users})
 * @param affects the ids of the decisions that change with the answer
 */
public record Question(String key, String text, String assumed, List<String> affects) {
    public Question {
        affects = List.copyOf(affects);
    }
}
