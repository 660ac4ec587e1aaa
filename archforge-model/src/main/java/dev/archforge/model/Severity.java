package dev.archforge.model;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters. Declared from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in every output format and in configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is the same as or more severe than {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
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
