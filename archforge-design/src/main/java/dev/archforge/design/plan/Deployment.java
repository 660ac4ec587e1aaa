package dev.archforge.design.plan;

/**
 * How the system is deployed and scaled.
 *
 * @param minReplicas per deployable component; {@code maxReplicas} the autoscaling ceiling
 * @param zones availability zones per region
 */
public record Deployment(Platform platform, int minReplicas, int maxReplicas, int zones, int regions) {
    public Deployment {
        if (minReplicas < 1 || maxReplicas < minReplicas) {
            throw new IllegalArgumentException(
                    "replicas must satisfy 1 <= min <= max, got " + minReplicas + ".." + maxReplicas);
        }
    }
}
