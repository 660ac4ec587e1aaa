package dev.archforge.model;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. Declared from most to least severe. */
public enum Severity {
    ERROR(3),
    WARNING(2),
    INFO(1);

    /** Higher is more severe; explicit so that thresholds do not hang on declaration order. */
    private final int rank;

    Severity(int rank) {
        this.rank = rank;
    }

    /** The lower-case name used in every output format and in configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is the same as or more severe than {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return rank >= threshold.rank;
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
