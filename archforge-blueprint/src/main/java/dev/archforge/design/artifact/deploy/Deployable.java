package dev.archforge.design.artifact.deploy;

import java.util.List;

/**
 * One unit that is built into an image and deployed: the whole application of a monolith, or one
 * component of a separately deployed style.
 *
 * @param name the DNS-safe name of the workload ({@code fittrack}, {@code fittrack-training})
 * @param component the component it runs; empty for a monolith
 * @param entities the entities whose API it serves, for routing
 */
public record Deployable(String name, String component, List<String> entities) {
    public Deployable {
        entities = List.copyOf(entities);
        if (!name.matches("[a-z]([a-z0-9-]*[a-z0-9])?") || name.length() > 63) {
            throw new IllegalArgumentException("deployable name must be a DNS label, got '" + name + "'");
        }
    }
}
