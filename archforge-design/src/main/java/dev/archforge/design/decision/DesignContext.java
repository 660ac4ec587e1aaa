package dev.archforge.design.decision;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Scale;
import dev.archforge.design.requirements.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule reads: the requirements, the load they imply, the parts of the architecture decided
 * so far ({@link #parts()}) and the earlier decisions. Look-ups by name are indexed once, so rules
 * stay linear in the size of the system.
 */
public final class DesignContext {
    private final Requirements requirements;
    private final Load load;
    private final ArchitectureBuilder parts = new ArchitectureBuilder();
    private final List<Decision> decisions = new ArrayList<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    public DesignContext(Requirements requirements, Load load) {
        this.requirements = requirements;
        this.load = load;
        for (Entity e : requirements.entities()) {
            entities.putIfAbsent(e.name(), e);
        }
    }

    public Requirements requirements() {
        return requirements;
    }

    public Load load() {
        return load;
    }

    public ArchitectureBuilder parts() {
        return parts;
    }

    public Scale scale() {
        return requirements.scale();
    }

    public Team team() {
        return requirements.team();
    }

    public Constraints constraints() {
        return requirements.constraints();
    }

    public boolean has(Feature feature) {
        return requirements.has(feature);
    }

    public Optional<Entity> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    /** The name of the component that owns {@code entity}, once boundaries are decided. */
    public Optional<String> componentOf(String entity) {
        if (owners.isEmpty()) {
            for (Component c : parts.components()) {
                c.entities().forEach(e -> owners.putIfAbsent(e, c.name()));
            }
        }
        return Optional.ofNullable(owners.get(entity));
    }

    /** The decisions made so far, in registry order. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    void record(Decision decision) {
        decisions.add(decision);
    }
}
