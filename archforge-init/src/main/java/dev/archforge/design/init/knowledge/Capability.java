package dev.archforge.design.init.knowledge;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A feature a brief may mention in any domain ("payments", "uploads", "realtime"): the words that name
 * it and what it adds. Parts may use the {@code @user} and {@code @primary} placeholders.
 *
 * @param adjust how it changes the domain's typical profile (flash sales raise the peak factor)
 */
public record Capability(String id, List<String> keywords, Parts parts, UnaryOperator<Profile> adjust) {
    public Capability {
        keywords = List.copyOf(keywords);
        Keywords.check(id, keywords);
    }

    public Capability(String id, List<String> keywords, Parts parts) {
        this(id, keywords, parts, UnaryOperator.identity());
    }
}
