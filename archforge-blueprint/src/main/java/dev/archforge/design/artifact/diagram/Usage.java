package dev.archforge.design.artifact.diagram;

import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/** What an actor does with the system, in words, from its access patterns. */
final class Usage {
    private Usage() {}

    /**
     * "Manages own Plan; reads Workout; writes Workout" — entities the actor owns, then those its
     * access patterns read and write, in order of first mention. Admins administer everything.
     */
    static String of(Requirements requirements, Actor actor) {
        if (actor.admin()) {
            return "Administers every record";
        }
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        List<String> owns = new ArrayList<>();
        for (Entity e : requirements.entities()) {
            if (e.owner().isPresent() && e.owner().get().equals(actor.name())) {
                owns.add(e.name());
            }
        }
        for (AccessPattern p : requirements.accessPatterns()) {
            if (!p.actor().equals(actor.name())) {
                continue;
            }
            List<String> into = p.operation().isWrite() ? writes : reads;
            if (!into.contains(p.entity())) {
                into.add(p.entity());
            }
        }
        owns.removeAll(writes);
        owns.removeAll(reads);
        if (reads.isEmpty() && writes.isEmpty() && owns.isEmpty()) {
            return "Uses the API";
        }
        List<String> parts = new ArrayList<>();
        if (!owns.isEmpty()) {
            parts.add("manages own " + String.join(", ", owns));
        }
        if (!reads.isEmpty()) {
            parts.add("reads " + String.join(", ", reads));
        }
        if (!writes.isEmpty()) {
            parts.add("writes " + String.join(", ", writes));
        }
        String text = String.join("; ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
