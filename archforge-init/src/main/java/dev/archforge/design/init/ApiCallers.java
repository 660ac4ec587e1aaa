package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.ActorSpec;
import dev.archforge.design.init.knowledge.Parts;

/**
 * The systems that call an API offered to the public or to partners: a brief that says "public API" or
 * "channel managers call our API" has callers of its own even when it names no machine, and the design
 * gives them credentials and quotas. Added as an external actor when the draft has none; no count, since
 * the number of callers is not a fleet of devices.
 */
final class ApiCallers {
    private ApiCallers() {}

    static Parts add(BriefFacts.Reading reading, Parts parts) {
        String audience = reading.claims().stream()
                .filter(c -> c instanceof Claim.Stated s && s.setting() == Setting.AUDIENCE)
                .map(c -> String.valueOf(((Claim.Stated) c).value()))
                .findFirst()
                .orElse("");
        if (!(audience.equals("public") || audience.equals("partner"))
                || parts.actors().stream().anyMatch(ActorSpec::external)) {
            return parts;
        }
        ActorSpec caller = audience.equals("partner")
                ? ActorSpec.external("partner", "Partners' systems calling the API with their own credentials.")
                : ActorSpec.external("integrator", "Third-party apps calling the public API with their own key.");
        java.util.List<ActorSpec> actors = new java.util.ArrayList<>(parts.actors());
        actors.add(caller);
        return parts.actors(actors.toArray(ActorSpec[]::new));
    }

    /** True when the brief counts tenant organisations: the system keeps each one's data apart. */
    static boolean tenants(BriefFacts.Reading reading) {
        return reading.claims().stream().anyMatch(c -> c instanceof Claim.Stated s && s.setting() == Setting.TENANTS);
    }
}
