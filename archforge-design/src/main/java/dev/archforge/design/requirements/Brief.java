package dev.archforge.design.requirements;

import java.util.List;

/**
 * What {@code archforge init} read from the user's brief: the text, every fact it found there with
 * the brief's own words, and the risks it noted. Hand-written files have none ({@link #NONE}).
 */
public record Brief(String text, List<Fact> facts, List<String> risks) {
    public static final Brief NONE = new Brief("", List.of(), List.of());

    public Brief {
        facts = List.copyOf(facts);
        risks = List.copyOf(risks);
    }

    /**
     * One stated fact.
     *
     * @param key the requirement key it set ({@code actors.driver.count}), or {@code none} when it maps
     *     to no key and is kept only to be shown
     * @param value the value as written in the file
     * @param source the brief's words it was read from
     */
    public record Fact(String key, String value, String source) {
        public static final String NO_KEY = "none";
    }
}
