package dev.archforge.design.requirements;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@code archforge.yaml} says, validated. Lists keep the file's order; every named element
 * keeps its location so later checks can point at it.
 *
 * @param file the display name of the file, for messages
 * <p>{@code features} iterates in declaration order, so output built from it is stable.
 *
 * @param assumptions keys the file marks as assumed rather than confirmed ({@code scale.peak-factor})
 */
public record Requirements(
        String file,
        SystemInfo system,
        Set<Feature> features,
        List<Actor> actors,
        List<Entity> entities,
        List<AccessPattern> accessPatterns,
        List<Event> events,
        Scale scale,
        Team team,
        Constraints constraints,
        List<String> assumptions) {
    public Requirements {
        features = features.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Feature.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(features));
        actors = List.copyOf(actors);
        entities = List.copyOf(entities);
        accessPatterns = List.copyOf(accessPatterns);
        events = List.copyOf(events);
        assumptions = List.copyOf(assumptions);
    }

    public Requirements withFeatures(Set<Feature> newFeatures) {
        return new Requirements(
                file,
                system,
                newFeatures,
                actors,
                entities,
                accessPatterns,
                events,
                scale,
                team,
                constraints,
                assumptions);
    }

    public Requirements withActors(List<Actor> newActors) {
        return new Requirements(
                file,
                system,
                features,
                newActors,
                entities,
                accessPatterns,
                events,
                scale,
                team,
                constraints,
                assumptions);
    }

    public Requirements withEntities(List<Entity> newEntities) {
        return new Requirements(
                file,
                system,
                features,
                actors,
                newEntities,
                accessPatterns,
                events,
                scale,
                team,
                constraints,
                assumptions);
    }

    public Requirements withAccessPatterns(List<AccessPattern> newPatterns) {
        return new Requirements(
                file, system, features, actors, entities, newPatterns, events, scale, team, constraints, assumptions);
    }

    public Requirements withEvents(List<Event> newEvents) {
        return new Requirements(
                file,
                system,
                features,
                actors,
                entities,
                accessPatterns,
                newEvents,
                scale,
                team,
                constraints,
                assumptions);
    }

    public Requirements withScale(Scale newScale) {
        return new Requirements(
                file,
                system,
                features,
                actors,
                entities,
                accessPatterns,
                events,
                newScale,
                team,
                constraints,
                assumptions);
    }

    public Requirements withTeam(Team newTeam) {
        return new Requirements(
                file,
                system,
                features,
                actors,
                entities,
                accessPatterns,
                events,
                scale,
                newTeam,
                constraints,
                assumptions);
    }

    public Requirements withConstraints(Constraints newConstraints) {
        return new Requirements(
                file,
                system,
                features,
                actors,
                entities,
                accessPatterns,
                events,
                scale,
                team,
                newConstraints,
                assumptions);
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    public Optional<Entity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<Actor> actor(String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The entity users sign in as, if the system has accounts. */
    public Optional<Entity> account() {
        return entities.stream().filter(Entity::account).findFirst();
    }
}
