package dev.archforge.design.decision;

import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * The API style per consumer: resource-oriented REST described by OpenAPI by default; a push
 * channel when the system is realtime (WebSocket when clients also send on it, Server-Sent Events
 * when only the server pushes); GraphQL only for many entities, several client roles and a team
 * that knows it.
 */
@DecisionInfo(
        id = "api-style",
        area = Area.API,
        title = "API style",
        reads = {RequirementKey.ACTORS, RequirementKey.FEATURES, RequirementKey.ENTITIES, RequirementKey.SKILLS})
public final class ApiStyleRule implements DecisionRule {
    static final int GRAPHQL_ENTITIES = 15;
    static final int GRAPHQL_ROLES = 3;

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        List<String> humans = new ArrayList<>();
        List<String> machines = new ArrayList<>();
        for (Actor a : req.actors()) {
            (a.external() ? machines : humans).add(a.name());
        }
        List<String> chat = req.entities().stream()
                .filter(DomainTerms::isChat)
                .map(Entity::name)
                .toList();
        boolean graphql = context.team().knows("graphql")
                && req.entities().size() >= GRAPHQL_ENTITIES
                && humans.size() >= GRAPHQL_ROLES;
        StringBuilder text = new StringBuilder(
                graphql
                        ? "GraphQL for " + Text.and(humans) + ", REST with OpenAPI 3.1 beside it"
                        : "REST with OpenAPI 3.1");
        text.append(" under /v1, cursor pagination and RFC 9457 errors");
        Choice choice = Choice.of("")
                .driver(RequirementKey.ACTORS, req.actors().size())
                .driver(RequirementKey.ENTITIES, req.entities().size());
        if (req.actors().isEmpty()) {
            choice.because("No actors are listed, so the API serves one first-party client; REST described by"
                    + " OpenAPI is the contract every tool understands.");
        }
        if (!humans.isEmpty()) {
            choice.because("The " + Text.and(humans) + (humans.size() == 1 ? " role uses" : " roles use")
                    + " the API from first-party clients; resources follow the entities and their ownership"
                    + example(req) + ", so the OpenAPI document doubles as the client contract.");
        }
        if (!machines.isEmpty()) {
            text.append("; ")
                    .append(Text.and(machines))
                    .append(machines.size() == 1 ? " calls" : " call")
                    .append(" a separate machine API with API keys");
            choice.because(Text.capitalize(Text.and(machines))
                    + (machines.size() == 1 ? " is another system: it gets its" : " are other systems: they get their")
                    + " own paths,"
                    + " keys and quotas, so a misbehaving client cannot starve the users.");
        }
        if (context.has(Feature.REALTIME)) {
            choice.driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req));
            if (chat.isEmpty()) {
                text.append("; Server-Sent Events for live updates");
                choice.because("Realtime updates only flow from server to client, which Server-Sent Events carry"
                        + " over plain HTTP through every proxy, with automatic reconnect.");
            } else {
                text.append("; a WebSocket channel for ").append(Text.and(chat));
                choice.because("Clients send and receive " + Text.and(chat)
                        + " continuously, so a bidirectional WebSocket channel carries them; REST stays for history"
                        + " and everything else.");
            }
        }
        if (graphql) {
            choice.driver(RequirementKey.SKILLS, context.team().skills())
                    .because("With " + req.entities().size() + " entities and " + humans.size()
                            + " client roles reading different shapes of the same graph, GraphQL saves a round"
                            + " trip per screen, and the team already knows it.");
        }
        return choice.alternative(
                        graphql ? "REST only" : "GraphQL",
                        graphql
                                ? "Each screen would need several round trips over "
                                        + req.entities().size() + " entities."
                                : "Pays off with many entities read in varied shapes by several clients; with "
                                        + req.entities().size() + " entities it adds a schema, resolvers and"
                                        + " query-cost limits for no gain"
                                        + (context.team().knows("graphql")
                                                ? "."
                                                : "," + " and the team does not list it as a skill."))
                .alternative(
                        "gRPC",
                        "Browsers cannot call it without a proxy, and no consumer here needs streaming RPC between"
                                + " services.")
                .tradeoff("REST endpoints are coarse: a screen that combines resources makes several calls or"
                        + " gets a purpose-built endpoint.")
                .tradeoff("Breaking changes need a /v2; additive changes stay in /v1.")
                .revisitWhen("When clients need more than ~3 calls per screen or a third client type appears,"
                        + " reconsider GraphQL or backend-for-frontend endpoints.")
                .withChoice(text.toString());
    }

    /** An owned collection under its owner, e.g. " (/v1/users/{id}/workouts)"; empty without ownership. */
    private static String example(Requirements req) {
        for (Entity e : req.entities()) {
            if (e.owner().isPresent()) {
                var owner = e.relation(e.owner().get());
                if (owner.isPresent()) {
                    return " (/v1/" + Names.collection(owner.get().target()) + "/{id}/" + Names.collection(e.name())
                            + ")";
                }
            }
        }
        return "";
    }
}
