package dev.archforge.design.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * How the system is deployed and scaled.
 *
 * @param replicas the autoscaling range of each deployable, in deployable order; one entry for a
 *     (modular) monolith, one per component when components are deployed separately
 * @param zones availability zones per region
 */
public record Deployment(Platform platform, List<Replicas> replicas, int zones, int regions) {
    public Deployment {
        replicas = List.copyOf(replicas);
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException("a deployment needs the replicas of at least one deployable");
        }
        Set<String> names = new HashSet<>();
        for (Replicas r : replicas) {
            if (!names.add(r.deployable())) {
                throw new IllegalArgumentException("replicas of deployable '" + r.deployable() + "' given twice");
            }
        }
    }

    /** The range of one deployable, by the name the capacity plan uses. */
    public Optional<Replicas> replicasOf(String deployable) {
        return replicas.stream().filter(r -> r.deployable().equals(deployable)).findFirst();
    }

    /** True when the whole application is one deployable. */
    public boolean single() {
        return replicas.size() == 1;
    }

    /** True when every deployable has the same range, as a single deployable trivially does. */
    public boolean uniform() {
        return replicas.stream()
                .allMatch(r -> r.min() == replicas.get(0).min()
                        && r.max() == replicas.get(0).max());
    }

    /** Replicas that always run, all deployables together. */
    public int totalMin() {
        return replicas.stream().mapToInt(Replicas::min).sum();
    }

    /** Replicas at every deployable's ceiling together. */
    public int totalMax() {
        return replicas.stream().mapToInt(Replicas::max).sum();
    }

    /** "3–6" when all deployables share it; else "accounts 3–6, messages 25–150, notifications 3–6". */
    public String ranges() {
        return each(Replicas::range);
    }

    /** "3" when all deployables share their range; else "accounts 3, messages 25, notifications 3". */
    public String minimums() {
        return each(r -> Integer.toString(r.min()));
    }

    /** "6" when all deployables share their range; else "accounts 6, messages 150, notifications 6". */
    public String maximums() {
        return each(r -> Integer.toString(r.max()));
    }

    private String each(Function<Replicas, String> value) {
        if (uniform()) {
            return value.apply(replicas.get(0));
        }
        StringJoiner out = new StringJoiner(", ");
        replicas.forEach(r -> out.add(r.deployable() + " " + value.apply(r)));
        return out.toString();
    }
}
