package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/**
 * What a domain or a capability brings into a draft: features, actors, entities, access patterns,
 * events, and the risks a reviewer should look at. Built with the {@code with}-style methods from
 * {@link #none()}.
 */
public record Parts(
        List<Feature> features,
        List<ActorSpec> actors,
        List<EntitySpec> entities,
        List<PatternSpec> patterns,
        List<EventSpec> events,
        List<String> risks) {
    public Parts {
        features = List.copyOf(features);
        actors = List.copyOf(actors);
        entities = List.copyOf(entities);
        patterns = List.copyOf(patterns);
        events = List.copyOf(events);
        risks = List.copyOf(risks);
    }

    public static Parts none() {
        return new Parts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Parts features(Feature... values) {
        return new Parts(List.of(values), actors, entities, patterns, events, risks);
    }

    public Parts actors(ActorSpec... values) {
        return new Parts(features, List.of(values), entities, patterns, events, risks);
    }

    public Parts entities(EntitySpec... values) {
        return new Parts(features, actors, List.of(values), patterns, events, risks);
    }

    public Parts patterns(PatternSpec... values) {
        return new Parts(features, actors, entities, List.of(values), events, risks);
    }

    public Parts events(EventSpec... values) {
        return new Parts(features, actors, entities, patterns, List.of(values), risks);
    }

    public Parts risks(String... values) {
        return new Parts(features, actors, entities, patterns, events, List.of(values));
    }
}
