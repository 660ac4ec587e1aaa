package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.ActorSpec;
import dev.archforge.design.init.knowledge.Parts;
import dev.archforge.design.init.knowledge.PatternSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Actor counts a draft must assume: a frequency given per actor multiplies by the actor's count, so an
 * actor with such a pattern and no stated count gets one, marked assumed: as many as the daily active
 * users for people, {@link #DEVICES} for machines.
 *
 * @param assumed the actors whose count is assumed
 */
record Counts(Parts parts, List<String> assumed) {
    /** Machines assumed when a brief gives a rate per device but not how many devices there are. */
    static final long DEVICES = 10_000;

    Counts {
        assumed = List.copyOf(assumed);
    }

    static Counts assume(Parts parts, Map<Setting, Resolved> values) {
        long people = ((Number) Resolved.of(values, Setting.DAILY_ACTIVE_USERS).value()).longValue();
        List<String> assumed = new ArrayList<>();
        List<ActorSpec> actors = new ArrayList<>();
        for (ActorSpec a : parts.actors()) {
            boolean needed = a.count() == 0
                    && parts.patterns().stream().anyMatch(p -> p.actor().equals(a.name()) && p.perActor());
            if (needed) {
                assumed.add(a.name());
                actors.add(a.count(a.external() ? DEVICES : Math.max(1, people)));
            } else {
                actors.add(a);
            }
        }
        return new Counts(parts.actors(actors.toArray(ActorSpec[]::new)), assumed);
    }

    /** True when {@code pattern}'s frequency needs a count its actor lacks. */
    static boolean needs(PatternSpec pattern, Parts parts) {
        return pattern.perActor()
                && parts.actors().stream().anyMatch(a -> a.name().equals(pattern.actor()) && a.count() == 0);
    }
}
