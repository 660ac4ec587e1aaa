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
 * @param brief what {@code archforge init} read from the user's brief, {@link Brief#NONE} for a hand-written file
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
        List<String> assumptions,
        Brief brief) {
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

    /** Requirements without a brief, as hand-written files and the first format have. */
    public Requirements(
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
        this(
                file,
                system,
                features,
                actors,
                entities,
                accessPatterns,
                events,
                scale,
                team,
                constraints,
                assumptions,
                Brief.NONE);
    }

    public Requirements withBrief(Brief newBrief) {
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
                constraints,
                assumptions,
                newBrief);
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
                assumptions,
                brief);
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
                assumptions,
                brief);
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
                assumptions,
                brief);
    }

    public Requirements withAccessPatterns(List<AccessPattern> newPatterns) {
        return new Requirements(
                file,
                system,
                features,
                actors,
                entities,
                newPatterns,
                events,
                scale,
                team,
                constraints,
                assumptions,
                brief);
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
                assumptions,
                brief);
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
                assumptions,
                brief);
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
                assumptions,
                brief);
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
                assumptions,
                brief);
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
