package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.PatternLoad;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Security;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * How callers prove who they are: OIDC with short-lived JWT access tokens for user-facing systems
 * of any size, a server-side session for a small first-party web tool, API keys for machines;
 * token lifetimes from compliance, MFA for administrators.
 */
@DecisionInfo(
        id = "authentication",
        area = Area.AUTHENTICATION,
        title = "Authentication",
        reads = {
            RequirementKey.ACTORS,
            RequirementKey.FEATURES,
            RequirementKey.REGISTERED_USERS,
            RequirementKey.COMPLIANCE,
            RequirementKey.HOSTING,
            RequirementKey.CLOUD
        })
public final class AuthenticationRule implements DecisionRule {
    /** Up to this many users, one web client and no machines, a session cookie is simplest and safest. */
    static final long SESSION_USERS = 5_000;

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Constraints c = context.constraints();
        List<String> machines =
                req.actors().stream().filter(Actor::external).map(Actor::name).toList();
        List<String> humans = req.actors().stream()
                .filter(a -> !a.external())
                .map(Actor::name)
                .toList();
        List<String> admins =
                req.actors().stream().filter(Actor::admin).map(Actor::name).toList();
        boolean strict = c.requires("pci") || c.requires("hipaa");
        long users = context.scale().registeredUsers();
        AuthMethod method;
        if (humans.isEmpty() && !machines.isEmpty()) {
            method = AuthMethod.API_KEY;
        } else if (users <= SESSION_USERS && machines.isEmpty() && !req.has(Feature.MULTI_TENANCY)) {
            method = AuthMethod.SESSION_COOKIE;
        } else {
            method = AuthMethod.OIDC_JWT;
        }
        int access =
                switch (method) {
                    case OIDC_JWT -> strict ? 5 : 15;
                    case SESSION_COOKIE -> strict ? 15 : 30;
                    case API_KEY -> 0;
                };
        int refresh =
                switch (method) {
                    case OIDC_JWT -> strict ? 1 : 30;
                    case SESSION_COOKIE -> strict ? 1 : 7;
                    case API_KEY -> 0;
                };
        boolean mfa = !admins.isEmpty() || strict;
        context.parts().security(new Security(method, access, refresh, List.of(), false, false, mfa));
        String provider = provider(c);
        String integrators = integrators(context);
        Choice choice = Choice.of("")
                .driver(RequirementKey.REGISTERED_USERS, users)
                .driver(RequirementKey.ACTORS, req.actors().size())
                .driver(RequirementKey.COMPLIANCE, c.compliance());
        switch (method) {
            case OIDC_JWT ->
                choice.withChoice("OIDC (authorization code + PKCE) with " + provider + "; JWT access tokens of "
                                + access + " min, rotating refresh tokens of " + refresh
                                + (refresh == 1 ? " day" : " days")
                                + (mfa ? "; MFA for " + (admins.isEmpty() ? "everyone" : Text.and(admins)) : "")
                                + integrators)
                        .because("With " + Numbers.format(users) + " registered users"
                                + (machines.isEmpty() ? "" : " and machine clients (" + Text.and(machines) + ")")
                                + " the API must accept tokens from several clients without a shared session store;"
                                + " the provider owns passwords, resets and MFA, the API only validates signatures.")
                        .alternative(
                                "Server-side sessions",
                                "Need a shared session store across instances and do not"
                                        + " suit mobile or machine clients.")
                        .alternative(
                                "Own username/password tables",
                                "Password storage, reset flows and MFA are"
                                        + " security-critical code the team would write and audit itself.")
                        .tradeoff("A JWT cannot be revoked before it expires: access tokens stay short (" + access
                                + " min) and refresh tokens rotate.")
                        .tradeoff("A dependency on " + provider + "'s availability for sign-in.");
            case SESSION_COOKIE ->
                choice.withChoice("Sign-in with OIDC through " + provider + ", then a server-side"
                                + " session in an HttpOnly, Secure, SameSite=Lax cookie; " + access
                                + " min idle timeout, "
                                + refresh + (refresh == 1 ? " day" : " days") + " absolute"
                                + (mfa ? "; MFA for " + (admins.isEmpty() ? "everyone" : Text.and(admins)) : "")
                                + integrators)
                        .because("With " + Numbers.format(users)
                                + " registered users, one first-party web client and no machine"
                                + " clients, a session cookie is the simplest safe choice: revocable at once, nothing"
                                + " for scripts to steal.")
                        .alternative(
                                "JWT access tokens",
                                "Buy statelessness this system does not need, and cannot be"
                                        + " revoked before expiry.")
                        .alternative("API keys", "No machine clients; keys in browsers leak.")
                        .tradeoff("Sessions live in the database; every request reads one row (cached in process).")
                        .tradeoff("CSRF protection is required for state-changing requests.");
            case API_KEY ->
                choice.withChoice("API keys per client, hashed at rest, sent in a header, rotated every" + " 90 days")
                        .because("Every actor (" + Text.and(machines) + ") is another system; there is no user to"
                                + " sign in.")
                        .alternative(
                                "OAuth2 client credentials",
                                "Worth it when clients are many and"
                                        + " third-party; adds an authorization server for " + machines.size()
                                        + " known client types.")
                        .alternative(
                                "Mutual TLS",
                                "Certificate distribution and rotation for every device is heavier"
                                        + " than keys for this fleet.")
                        .tradeoff("A leaked key works until it is revoked: keys are scoped and rate-limited.")
                        .tradeoff("Key rotation is a process the operators must run.");
        }
        if (!machines.isEmpty() && method != AuthMethod.API_KEY) {
            choice.because(Text.capitalize(Text.and(machines)) + Text.verb(machines, " authenticates", " authenticate")
                    + " with API keys on " + Text.verb(machines, "its", "their") + " own paths.");
        }
        if (strict) {
            choice.because("PCI DSS and HIPAA require short sessions and multi-factor authentication for"
                    + " privileged access.");
        }
        return choice.revisitWhen(
                method == AuthMethod.SESSION_COOKIE
                        ? "When a mobile app, a second client or machine clients appear, or users pass ~"
                                + Numbers.format(SESSION_USERS) + ", move to OIDC with JWT."
                        : "When a partner integration needs delegated access, add OAuth2 scopes per partner.");
    }

    /** The identity provider that fits the hosting and the cloud. */
    static String provider(Constraints c) {
        if ("on-premises".equals(c.hosting())) {
            return "Keycloak";
        }
        return switch (c.cloud()) {
            case "aws" -> "Amazon Cognito";
            case "gcp" -> "Google Identity Platform";
            case "azure" -> "Microsoft Entra ID";
            default -> "a managed provider such as Auth0";
        };
    }

    /**
     * How apps and partner systems that call from their own servers authenticate, as a clause: API keys
     * for a public audience, OAuth 2.0 client credentials for partners (device fleets and callbacks are
     * the api-consumers decision's).
     */
    private static String integrators(DesignContext context) {
        List<String> names = new ArrayList<>();
        for (Actor a : context.requirements().actors()) {
            List<PatternLoad> patterns = context.load().by(a.name());
            boolean integrator = a.external()
                    && !(a.count().isPresent() && ApiConsumersRule.fleet(patterns))
                    && !ApiConsumersRule.callbacksOnly(patterns)
                    && patterns.stream().noneMatch(PatternLoad::isIngest);
            if (integrator) {
                names.add(a.name());
            }
        }
        if (names.isEmpty()) {
            return "";
        }
        return context.requirements().system().audience().equals("partner")
                ? "; OAuth 2.0 client credentials for " + Text.and(names)
                : "; API keys for " + Text.and(names);
    }
}
