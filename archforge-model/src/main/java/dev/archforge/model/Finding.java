package dev.archforge.model;

import java.util.List;
import java.util.Objects;

/**
 * One problem found by one rule at one place. A problem with one root cause that shows in many
 * places (most operations lack a 404) is one finding: {@code location} is where it is reported,
 * {@code related} every place it shows (empty for a finding about one place).
 */
public record Finding(String ruleId, Severity severity, String message, Location location, List<Location> related)
        implements Comparable<Finding> {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        if (message.isBlank()) {
            throw new IllegalArgumentException("finding of " + ruleId + " has an empty message");
        }
        related = List.copyOf(related);
    }

    /** A finding about one place. */
    public Finding(String ruleId, Severity severity, String message, Location location) {
        this(ruleId, severity, message, location, List.of());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, location, related);
    }

    /**
     * By location, then rule id, then message. Written out rather than as a chain of comparator
     * lambdas: a big review sorts thousands of findings, in a JVM too short-lived to optimise a chain.
     */
    @Override
    public int compareTo(Finding other) {
        int c = location.compareTo(other.location);
        if (c == 0) {
            c = ruleId.compareTo(other.ruleId);
        }
        return c != 0 ? c : message.compareTo(other.message);
    }
}
