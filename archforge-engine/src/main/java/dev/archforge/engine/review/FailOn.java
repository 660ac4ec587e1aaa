package dev.archforge.engine.review;

import dev.archforge.model.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The level of finding that fails a run ({@code --fail-on}, {@code fail-on:}); NEVER fails on none. */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO),
    NEVER(null);

    private final @Nullable Severity threshold;

    FailOn(@Nullable Severity threshold) {
        this.threshold = threshold;
    }

    /** The lowest severity that fails the run; empty for NEVER. */
    public Optional<Severity> threshold() {
        return Optional.ofNullable(threshold);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FailOn> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.id().equals(text)).findFirst();
    }
}
