package dev.archforge.design.init;

import java.util.Optional;

/**
 * One fact a brief states, as {@code archforge init} writes it under {@code brief.facts}: the key it set
 * ({@code actors.driver.count}, {@code entities.Trip.retention-months}), or {@link #NO_KEY} when no key
 * holds it, the value written, and the brief's own words.
 *
 * @param warning what the reader should know about it: why it maps to no key, or why its value is
 *     unusual ("a budget of 0 leaves only free tiers")
 */
public record Fact(String key, Object value, String source, Optional<String> warning) {
    /** The key of a fact no requirement key holds. */
    public static final String NO_KEY = "none";

    public Fact {
        if (key.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("a fact needs a key and the brief's words, got '" + key + "'");
        }
    }

    public Fact(String key, Object value, String source) {
        this(key, value, source, Optional.empty());
    }

    /** The value as the file writes it. */
    public String shown() {
        return Values.show(value);
    }

    boolean mapped() {
        return !key.equals(NO_KEY);
    }
}
