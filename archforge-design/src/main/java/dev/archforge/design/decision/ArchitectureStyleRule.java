package dev.archforge.design.decision;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Style;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Team;

/**
 * Monolith, modular monolith, microservices or serverless, from the people who build it (Conway:
 * services follow teams), the size of the domain and the shape of the load.
 */
@DecisionInfo(
        id = "architecture-style",
        area = Area.ARCHITECTURE,
        title = "Architecture style",
        reads = {
            RequirementKey.TEAM_SIZE,
            RequirementKey.TEAMS,
            RequirementKey.ENTITIES,
            RequirementKey.FEATURES,
            RequirementKey.HOSTING,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS
        })
public final class ArchitectureStyleRule implements DecisionRule {
    /** From this many independent teams, services that deploy on their own pay for themselves. */
    static final int MICROSERVICE_TEAMS = 4;
    /** From this many entities one team needs module boundaries to keep the code navigable. */
    static final int MODULAR_ENTITIES = 6;
    /** From this many people in one team, module boundaries keep them out of each other's way. */
    static final int MODULAR_PEOPLE = 5;
    /** From this many features (auth, payments, …) the domain has several independent parts. */
    static final int MODULAR_FEATURES = 4;

    @Override
    public Choice decide(DesignContext context) {
        Team team = context.team();
        int entities = context.requirements().entities().size();
        int features = context.requirements().features().size();
        Load load = context.load();
        Style style;
        if (team.teams() >= MICROSERVICE_TEAMS) {
            style = Style.MICROSERVICES;
        } else if (serverless(context, entities)) {
            style = Style.SERVERLESS;
        } else if (team.teams() >= 2
                || team.size() >= MODULAR_PEOPLE
                || entities >= MODULAR_ENTITIES
                || features >= MODULAR_FEATURES) {
            style = Style.MODULAR_MONOLITH;
        } else {
            style = Style.MONOLITH;
        }
        context.parts().style(style);
        Choice choice = Choice.of(style.title())
                .driver(RequirementKey.TEAM_SIZE, team.size())
                .driver(RequirementKey.TEAMS, team.teams())
                .driver(RequirementKey.ENTITIES, entities)
                .driver(RequirementKey.FEATURES, features);
        String people = Text.people(team);
        String domain =
                Text.count(entities, "entity", "entities") + " and " + Text.count(features, "feature", "features");
        switch (style) {
            case MICROSERVICES ->
                choice.because(Text.capitalize(people) + " need to release independently: each"
                                + " team owns services along the component boundaries, and services talk through APIs"
                                + " and events, never each other's tables.")
                        .alternative(
                                "Modular monolith",
                                team.teams() + " teams releasing one deployable queue behind each"
                                        + " other; one team's incident blocks the others' releases.")
                        .alternative(
                                "Serverless functions",
                                "Steady load at " + Numbers.format(load.peakRps())
                                        + " req/s peak is cheaper and faster on long-running services.")
                        .tradeoff("Every service call can fail: timeouts, retries and idempotency are mandatory.")
                        .tradeoff("Data is owned per service; cross-service queries become APIs or read models.")
                        .tradeoff("Operating cost: a platform, a broker, tracing and per-service pipelines.")
                        .revisitWhen("If the organisation shrinks below ~3 teams, fold the quiet services back into a"
                                + " modular monolith.");
            case SERVERLESS ->
                choice.drivenByLoad(load)
                        .because("The load is tiny and spiky (average " + Numbers.format(load.averageRps())
                                + " req/s, peaks " + Numbers.format(load.peakFactor()) + "× the average) and " + people
                                + " should not run servers that idle most of the day.")
                        .alternative(
                                "Monolith on a PaaS",
                                "Pays for an always-on instance that idles at " + Numbers.format(load.averageRps())
                                        + " req/s.")
                        .alternative("Microservices", "One small team; nothing to split.")
                        .tradeoff("Cold starts add latency to the first request after idle periods.")
                        .tradeoff("Local development and tracing across functions are harder than in one process.")
                        .revisitWhen("When average load passes ~1 req/s or a request needs more than a few seconds,"
                                + " move to one container.");
            case MODULAR_MONOLITH ->
                choice.because(Text.capitalize(people) + Text.verb(team, " ships", " ship")
                                + " fastest with one deployable"
                                + " and one database; with " + domain + " the code needs module boundaries, enforced by"
                                + " an architecture test, so modules stay splittable later.")
                        .alternative(
                                "Microservices",
                                Text.capitalize(people) + " would operate several deployables, a"
                                        + " broker and distributed tracing for a domain one process serves.")
                        .alternative(
                                "Plain monolith",
                                "Without enforced boundaries " + domain
                                        + " grow into each other and a later split starts with untangling.")
                        .tradeoff("All modules deploy together: a bad change in one module blocks the release of all.")
                        .tradeoff("One process scales as a unit even when one module is the hot one.")
                        .revisitWhen("Past ~3 independent teams, or when one module needs its own release cadence or"
                                + " scaling, split that module out as a service.");
            case MONOLITH ->
                choice.because(Text.capitalize(people) + " with a small domain (" + domain
                                + ") " + Text.verb(team, "gains", "gain")
                                + " nothing from internal boundaries yet: one codebase, one deployable, one"
                                + " database.")
                        .alternative(
                                "Modular monolith",
                                "With " + domain + " the module rules would cost more than the"
                                        + " tangle they prevent.")
                        .alternative(
                                "Microservices",
                                Text.capitalize(people) + " cannot justify running several"
                                        + " services, a broker and their monitoring for " + domain + ".")
                        .tradeoff("No enforced boundaries: keep packages by feature so a later split stays possible.")
                        .tradeoff("The whole application scales and deploys as one unit.")
                        .revisitWhen("When the domain reaches ~" + MODULAR_ENTITIES + " entities, the team "
                                + MODULAR_PEOPLE + " people or a second team joins, introduce enforced modules.");
        }
        return choice;
    }

    private static boolean serverless(DesignContext context, int entities) {
        Load load = context.load();
        return "cloud".equals(context.constraints().hosting())
                && context.team().teams() == 1
                && context.team().size() <= 3
                && load.averageRps() < 1
                && load.peakFactor() >= 10
                && !context.has(Feature.REALTIME)
                && entities <= 10;
    }
}
