package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.ApiConsumers;
import dev.archforge.design.plan.ApiConsumers.Consumer;
import dev.archforge.design.plan.ApiConsumers.Credential;
import dev.archforge.design.plan.Area;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Event;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * How other systems and devices call the API: hashed, prefixed, rotatable API keys for server-to-server
 * clients and small fleets, OAuth 2.0 client credentials for partner companies, device certificates
 * for large fleets, verified signatures on provider callbacks; a quota per credential from the
 * caller's own rate, signed webhooks instead of polling, a developer portal, and a versioning and
 * deprecation policy with the Sunset header.
 */
@DecisionInfo(
        id = "api-consumers",
        area = Area.API,
        title = "API consumers",
        reads = {
            RequirementKey.AUDIENCE,
            RequirementKey.ACTORS,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.EVENTS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS
        })
public final class ApiConsumersRule implements DecisionRule {
    /** A credential's quota is its caller's peak rate times this, so honest bursts pass. */
    static final double QUOTA_HEADROOM = 2;
    /** No quota below this many requests per minute: retries and catch-up after an outage must fit. */
    static final int MIN_QUOTA_PER_MINUTE = 60;

    @Override
    public boolean applies(DesignContext context) {
        Requirements req = context.requirements();
        return req.actors().stream().anyMatch(Actor::external)
                || req.system().audience().equals("partner");
    }

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        String audience = req.system().audience();
        boolean partner = audience.equals("partner");
        List<Consumer> consumers = new ArrayList<>();
        List<String> integrators = new ArrayList<>();
        List<String> fleets = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Choice choice = Choice.of("")
                .driver(RequirementKey.AUDIENCE, audience)
                .driver(RequirementKey.ACTORS, req.actors().size())
                .driver(RequirementKey.EVENTS, req.events().size());
        for (Actor actor : req.actors()) {
            if (!actor.external()) {
                continue;
            }
            List<PatternLoad> patterns = context.load().by(actor.name());
            double perCredential = perCredentialRps(actor, patterns);
            long fromRate = Numbers.ceil(perCredential * 60 * QUOTA_HEADROOM);
            int quota = (int) Math.max(MIN_QUOTA_PER_MINUTE, fromRate);
            String limit = Numbers.format(quota) + " requests per minute per credential ("
                    + (fromRate >= MIN_QUOTA_PER_MINUTE
                            ? Numbers.format(perCredential) + " req/s at peak × " + Numbers.format(QUOTA_HEADROOM)
                            : perCredential > 0
                                    ? "the floor, above " + Numbers.format(perCredential) + " req/s at peak × "
                                            + Numbers.format(QUOTA_HEADROOM)
                                    : "the floor: no access pattern gives its rate")
                    + ")";
            Credential credential;
            if (actor.count().isPresent() && fleet(patterns)) {
                long fleet = actor.count().getAsLong();
                boolean certificates = fleet >= ServiceIdentityRule.DEVICE_CERTIFICATES;
                credential = certificates ? Credential.DEVICE_CERTIFICATE : Credential.API_KEY;
                fleets.add(actor.name());
                lines.add((certificates ? "X.509 device certificates" : "API keys per device") + " for " + actor.name()
                        + " (" + Numbers.format(fleet) + ")");
                choice.because(Text.capitalize(actor.name()) + " is a fleet of " + Numbers.format(fleet) + ", each"
                        + " member with its own credential so one can be revoked alone ("
                        + (certificates
                                ? "from " + Numbers.format(ServiceIdentityRule.DEVICE_CERTIFICATES)
                                        + " devices a certificate each, see service-identity"
                                : "below " + Numbers.format(ServiceIdentityRule.DEVICE_CERTIFICATES)
                                        + " devices a hashed key each is simpler than certificates")
                        + "); " + limit + ".");
            } else if (callbacksOnly(patterns)) {
                credential = Credential.SIGNED_CALLBACK;
                lines.add("HMAC-verified callbacks from " + actor.name());
                choice.because(Text.capitalize(actor.name()) + " only reports on records the system created ("
                        + names(patterns) + "): it signs each callback with a shared secret, the API verifies the HMAC"
                        + " and the timestamp before parsing and ignores a callback id it has seen.");
            } else if (patterns.stream().anyMatch(PatternLoad::isIngest)) {
                credential = Credential.API_KEY;
                fleets.add(actor.name());
                lines.add("API keys per device for " + actor.name() + " (fleet size not stated)");
                choice.because(Text.capitalize(actor.name()) + " ingests at " + Numbers.format(perCredential)
                        + " req/s at peak (" + names(patterns) + ") with no stated count: one hashed key per device,"
                        + " revocable alone; until actors." + actor.name() + ".count is known, one quota of "
                        + Numbers.format(quota) + " requests per minute covers the fleet together.");
            } else {
                credential = partner ? Credential.OAUTH_CLIENT_CREDENTIALS : Credential.API_KEY;
                integrators.add(actor.name());
                lines.add((partner ? "OAuth 2.0 client credentials" : "API keys (hashed, prefixed, rotatable)")
                        + " for " + actor.name()
                        + (actor.count().isPresent()
                                ? " (" + Numbers.format(actor.count().getAsLong()) + ")"
                                : ""));
                choice.because(Text.capitalize(actor.name()) + " calls the API from its own servers"
                        + (patterns.isEmpty() ? "" : " (" + names(patterns) + ")") + ": "
                        + (partner
                                ? "partner companies register clients and exchange id and secret for tokens of"
                                        + " minutes with scopes, so secrets rotate without coordinating releases"
                                : "a random key shown once, stored as a SHA-256 hash with a visible prefix (so a"
                                        + " leaked key is recognisable in logs and scanners), scoped, rotatable with two"
                                        + " keys live during a change")
                        + "; " + limit + ".");
            }
            consumers.add(new Consumer(actor.name(), credential, quota));
        }
        if (consumers.isEmpty()) {
            integrators.add("partner systems");
            lines.add("OAuth 2.0 client credentials for partner systems");
            choice.because("The audience is partner: known companies' systems call the API, so each registers an"
                    + " OAuth 2.0 client and gets short-lived tokens with scopes.");
        }
        List<String> webhooks = integrators.isEmpty()
                ? List.of()
                : req.events().stream().map(Event::name).toList();
        boolean portal = !audience.equals("internal") && !integrators.isEmpty();
        int notice = partner ? 12 : audience.equals("public") ? 6 : 3;
        context.parts().apiConsumers(new ApiConsumers(consumers, webhooks, notice));
        List<String> parts = new ArrayList<>(lines);
        if (!integrators.isEmpty() || !fleets.isEmpty()) {
            parts.add("per-credential quotas");
        }
        if (!webhooks.isEmpty()) {
            parts.add("signed webhooks (HMAC) for " + Text.count(webhooks.size(), "event", "events"));
            choice.because("Integrators learn of " + Text.and(webhooks.subList(0, Math.min(4, webhooks.size())))
                    + (webhooks.size() > 4 ? " and more" : "") + " through webhooks instead of polling: each"
                    + " delivery carries an HMAC-SHA256 signature over its timestamp and body, is retried with backoff"
                    + " for 24 h and has an id receivers deduplicate on.");
        }
        if (portal) {
            parts.add("developer portal");
        }
        parts.add("/v1 versioning with Deprecation and Sunset headers, " + notice + " months' notice");
        choice.withChoice(String.join("; ", parts))
                .because("The OpenAPI document is the contract"
                        + (portal
                                ? ", published in a developer portal with self-service credentials and a sandbox"
                                : ", published with the API")
                        + ". Breaking changes ship as /v2 beside /v1; the old version answers with Deprecation and"
                        + " Sunset (RFC 8594) headers for " + notice + " months before it is removed, and additive"
                        + " changes never need a new version.");
        if (!integrators.isEmpty()) {
            choice.alternative(
                            partner ? "Static API keys for partners" : "OAuth 2.0 client credentials for every client",
                            partner
                                    ? "Long-lived secrets shared with other companies, rotated by email; tokens expire"
                                            + " on their own."
                                    : "An authorization server and token exchange for clients that a hashed key serves"
                                            + " as safely.")
                    .alternative(
                            "One shared key per client type",
                            "One leak would force every client to rotate at once, and quotas could not tell callers"
                                    + " apart.");
        } else if (!fleets.isEmpty()) {
            choice.alternative(
                            "One shared key for the whole fleet",
                            "One key copied from a device would have to be rotated on every device at once.")
                    .alternative(
                            "User accounts for devices",
                            "Devices have no one to sign in; passwords on devices are keys without rotation.");
        } else {
            choice.alternative(
                            "Trusting callbacks by source IP",
                            "Provider ranges change and proxies hide them; a signature proves the sender and the body.")
                    .alternative(
                            "Polling the provider for results",
                            "Adds latency and load; verified callbacks are the provider's supported path.");
        }
        return choice.tradeoff(
                        integrators.isEmpty() && fleets.isEmpty()
                                ? "The callback secret must be rotated with the provider, two secrets valid during the"
                                        + " change."
                                : "Keys and client secrets are bearer credentials: TLS only, never in URLs, and revoked"
                                        + " on leak.")
                .tradeoff("Two live versions double the tests and the documentation during the notice period.")
                .revisitWhen(
                        partner
                                ? "When a partner needs to act for its users rather than itself, add the"
                                        + " authorization-code flow with consent per partner."
                                : integrators.isEmpty()
                                        ? "When another company's systems start calling the API, add keys, quotas and a"
                                                + " developer portal for them."
                                        : "When third-party companies (not only own or contracted clients) integrate, or"
                                                + " a client needs to act for users, move them to OAuth 2.0 with scopes.");
    }

    /** The peak rate one credential sends: one member's share for a fleet, the whole actor's otherwise. */
    private static double perCredentialRps(Actor actor, List<PatternLoad> patterns) {
        if (actor.count().isPresent()) {
            long members = actor.count().getAsLong();
            return Numbers.round(
                    patterns.stream().mapToDouble(p -> p.peakRps() / members).sum());
        }
        return Numbers.round(patterns.stream().mapToDouble(PatternLoad::peakRps).sum());
    }

    /** True when an actor only updates records: a provider calling back with results. */
    static boolean callbacksOnly(List<PatternLoad> patterns) {
        return !patterns.isEmpty()
                && patterns.stream().allMatch(p -> p.pattern().operation() == Operation.UPDATE);
    }

    private static String names(List<PatternLoad> patterns) {
        return Text.and(patterns.stream()
                .map(PatternLoad::pattern)
                .map(AccessPattern::name)
                .limit(3)
                .toList());
    }

    /**
     * Whether a counted external actor is a fleet of devices rather than a crowd of integrators: most of
     * its traffic writes or streams steadily (readings, pings, status reports), as devices do; apps and
     * sites that mostly read are integrators, one API key per app.
     */
    static boolean fleet(List<PatternLoad> patterns) {
        double all = patterns.stream().mapToDouble(PatternLoad::peakRps).sum();
        double pushed = patterns.stream()
                .filter(p -> p.isWrite() || p.pattern().steady())
                .mapToDouble(PatternLoad::peakRps)
                .sum();
        return patterns.isEmpty() || pushed >= all / 2;
    }
}
