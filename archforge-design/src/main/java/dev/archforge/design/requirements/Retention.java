package dev.archforge.design.requirements;

/**
 * How long records of one entity are kept, when it differs from {@code scale.retention-months}: a
 * number of months, or {@link #FOREVER} for records that must never expire (ledgers, medical records).
 */
public record Retention(int months) {
    /** Kept for as long as the system lives. */
    public static final Retention FOREVER = new Retention(Integer.MAX_VALUE);

    public Retention {
        if (months < 1) {
            throw new IllegalArgumentException("retention must be at least one month, got " + months);
        }
    }

    public boolean forever() {
        return months == Integer.MAX_VALUE;
    }

    /** As the requirements file writes it. */
    public String describe() {
        return forever() ? "forever" : months + " months";
    }
}
