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

    /** A builder holding these requirements, to change a part (test variants, the drafter). */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Copies requirements with some parts replaced: one place to add a part, instead of a copy
     * method per part that repeats every component.
     */
    public static final class Builder {
        private String file;
        private SystemInfo system;
        private Set<Feature> features;
        private List<Actor> actors;
        private List<Entity> entities;
        private List<AccessPattern> accessPatterns;
        private List<Event> events;
        private Scale scale;
        private Team team;
        private Constraints constraints;
        private List<String> assumptions;
        private Brief brief;

        private Builder(Requirements from) {
            this.file = from.file;
            this.system = from.system;
            this.features = from.features;
            this.actors = from.actors;
            this.entities = from.entities;
            this.accessPatterns = from.accessPatterns;
            this.events = from.events;
            this.scale = from.scale;
            this.team = from.team;
            this.constraints = from.constraints;
            this.assumptions = from.assumptions;
            this.brief = from.brief;
        }

        public Builder features(Set<Feature> value) {
            this.features = value;
            return this;
        }

        public Builder actors(List<Actor> value) {
            this.actors = value;
            return this;
        }

        public Builder entities(List<Entity> value) {
            this.entities = value;
            return this;
        }

        public Builder accessPatterns(List<AccessPattern> value) {
            this.accessPatterns = value;
            return this;
        }

        public Builder events(List<Event> value) {
            this.events = value;
            return this;
        }

        public Builder scale(Scale value) {
            this.scale = value;
            return this;
        }

        public Builder team(Team value) {
            this.team = value;
            return this;
        }

        public Builder constraints(Constraints value) {
            this.constraints = value;
            return this;
        }

        public Requirements build() {
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
                    brief);
        }
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
