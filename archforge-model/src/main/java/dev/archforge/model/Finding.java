package dev.archforge.model;

import java.util.Comparator;
import java.util.Objects;

/** One problem found by one rule at one place. */
public record Finding(String ruleId, Severity severity, String message, Location location)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        if (message.isBlank()) {
            throw new IllegalArgumentException("finding of " + ruleId + " has an empty message");
        }
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
