package dev.archforge.design.plan;

/**
 * The autoscaling range of one deployable.
 *
 * @param deployable the name the capacity plan uses: the component's name, or the system's name when
 *     the whole application is one deployable
 * @param min replicas that always run; {@code max} the autoscaling ceiling
 */
public record Replicas(String deployable, int min, int max) {
    public Replicas {
        if (deployable.isBlank()) {
            throw new IllegalArgumentException("deployable name must not be blank");
        }
        if (min < 1 || max < min) {
            throw new IllegalArgumentException(
                    "replicas of " + deployable + " must satisfy 1 <= min <= max, got " + min + ".." + max);
        }
    }

    /** "3–6". */
    public String range() {
        return min + "–" + max;
    }
}
