package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.RateLimit;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Style;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * Rate limits sized well above honest use (a user's daily actions compressed into a busy minute)
 * and an edge to enforce them: an API gateway when there are several services or machine clients
 * with quotas, otherwise the load balancer plus a filter in the application.
 */
@DecisionInfo(
        id = "rate-limiting",
        area = Area.TRAFFIC,
        title = "Rate limiting and gateway",
        reads = {RequirementKey.ACTIONS_PER_USER, RequirementKey.ACTORS, RequirementKey.FEATURES, RequirementKey.TEAMS})
public final class RateLimitingRule implements DecisionRule {
    static final int ANONYMOUS_PER_MINUTE = 20;

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        double actions = context.scale().actionsPerUserPerDay();
        int perUser;
        int burst;
        if (actions > 500) {
            perUser = 600;
            burst = 200;
        } else if (actions > 50 || req.has(Feature.REALTIME)) {
            perUser = 300;
            burst = 100;
        } else {
            perUser = 120;
            burst = 40;
        }
        context.parts().rateLimit(new RateLimit(perUser, burst, ANONYMOUS_PER_MINUTE));
        List<String> machines =
                req.actors().stream().filter(Actor::external).map(Actor::name).toList();
        Style style = context.parts().style();
        boolean gateway = style.separatelyDeployed() || !machines.isEmpty();
        boolean shared = context.parts().uses(Store.REDIS);
        String edge = gateway
                ? "an API gateway in front of all " + (style.separatelyDeployed() ? "services" : "endpoints")
                : "the load balancer and a token-bucket filter in the application"
                        + (shared ? " with counters in Redis" : " (buckets per instance)");
        List<String> quotas = new ArrayList<>();
        if (!machines.isEmpty()) {
            quotas.add("quotas per API key (token bucket) for " + Text.and(machines));
        }
        if (req.has(Feature.MULTI_TENANCY)) {
            quotas.add("a quota per tenant so one customer cannot starve the others");
        }
        Choice choice = Choice.of(perUser + " requests per minute per user (burst " + burst + "), "
                        + ANONYMOUS_PER_MINUTE + " per minute per IP without a token"
                        + (quotas.isEmpty() ? "" : "; " + String.join("; ", quotas)) + "; enforced by " + edge)
                .driver(RequirementKey.ACTIONS_PER_USER, actions)
                .driver(RequirementKey.ACTORS, req.actors().size())
                .because("A user makes " + Numbers.format(actions) + " requests a day; " + perUser + " a minute"
                        + " leaves room for a busy session and batch screens while capping a script at a few"
                        + " thousand requests before an operator notices (OWASP API4).")
                .because("Responses carry RateLimit headers; excess requests get 429 with Retry-After. Sign-in"
                        + " and sign-up are limited per IP and per account to slow credential stuffing.");
        if (req.has(Feature.MULTI_TENANCY)) {
            choice.driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                    .because("Each tenant has its own quota as well: a customer whose users or integrations flood"
                            + " the API is throttled alone.");
        }
        if (gateway) {
            choice.driver(RequirementKey.TEAMS, context.team().teams())
                    .because((machines.isEmpty()
                                    ? ""
                                    : Text.capitalize(Text.and(machines)) + Text.verb(machines, " gets", " get")
                                            + " quotas per API key. ")
                            + "A gateway applies limits, authentication and request size caps once for every"
                            + " " + (style.separatelyDeployed() ? "service." : "client type."));
        } else {
            choice.because("One deployable needs no gateway: the limits live in one filter"
                    + (shared
                            ? " sharing counters through Redis."
                            : "; each instance enforces its share of the"
                                    + " limit, which is exact enough for abuse protection."));
        }
        return choice.alternative(
                        gateway ? "Limits inside each service" : "A managed API gateway",
                        gateway
                                ? "Every team would reimplement limits and quotas, differently."
                                : "Another hop and a per-request cost for one deployable whose filter does the same.")
                .alternative(
                        "No rate limits",
                        "One misbehaving client or script could exhaust the database pool for everyone.")
                .tradeoff(
                        shared || gateway
                                ? "A limiter outage must fail open, or it becomes an outage."
                                : "Per-instance buckets let a client spread over instances make its " + perUser
                                        + " requests a minute on each of them.")
                .tradeoff("Legitimate heavy users (imports, integrations) need a higher tier or a batch endpoint.")
                .revisitWhen(
                        gateway
                                ? "When 429s exceed ~0.1 % of authenticated requests, revisit the limits per tier."
                                : "When 429s exceed ~0.1 % of authenticated requests, or machine clients appear, revisit"
                                        + " the limits and move enforcement to a gateway.");
    }
}
