package dev.archforge.design.artifact.docs;

import dev.archforge.design.artifact.domain.RecordIds;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.RateLimit;
import dev.archforge.design.plan.Security;
import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the design addresses each item of the OWASP API Security Top 10 (2023), in concrete terms of
 * this design: its roles, fields, limits and decisions.
 */
final class OwaspTop10 {
    private OwaspTop10() {}

    /** Rows of item, risk, how it is addressed, and the decisions it rests on. */
    static List<List<String>> rows(Design design) {
        Security s = design.architecture().security();
        RateLimit limit = design.architecture().rateLimit();
        String owned = design.requirements().entities().stream()
                .filter(e -> e.owner().isPresent())
                .map(Entity::name)
                .collect(Collectors.joining(", "));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(
                "API1:2023",
                "Broken Object Level Authorization",
                (owned.isEmpty()
                                ? "No entity has an owner; access follows roles only."
                                : "Owned records (" + owned + ") are read and written only through queries filtered by "
                                        + "the caller's id; another user's id answers 404, not 403.")
                        + " " + RecordIds.securityNote()
                        + (s.tenantIsolation()
                                ? " Every tenant-scoped table is guarded by row-level security on tenant_id."
                                : ""),
                AdrFiles.links(design, Area.AUTHORIZATION)));
        rows.add(row(
                "API2:2023",
                "Broken Authentication",
                auth(s) + " Sign-in attempts are rate limited at the gateway.",
                AdrFiles.links(design, Area.AUTHENTICATION)));
        rows.add(row(
                "API3:2023",
                "Broken Object Property Level Authorization",
                "Request and response schemas list their properties and reject unknown ones; id, owner and audit "
                        + "columns are read-only." + sensitive(design),
                AdrFiles.links(design, Area.API)));
        rows.add(row(
                "API4:2023",
                "Unrestricted Resource Consumption",
                "Rate limits of " + limit.perUserPerMinute() + " requests per minute per user (burst " + limit.burst()
                        + ") and " + limit.anonymousPerMinute() + " per minute per anonymous client, answered with 429 "
                        + "and RateLimit headers; cursor pagination with a maximum page size; request size and "
                        + "timeout limits at the gateway.",
                AdrFiles.links(design, Area.TRAFFIC, Area.PERFORMANCE)));
        rows.add(row(
                "API5:2023",
                "Broken Function Level Authorization",
                "The role × endpoint matrix above is enforced on every operation and denies by default; "
                        + "admin-only operations check the role, not the path.",
                AdrFiles.links(design, Area.AUTHORIZATION)));
        rows.add(row("API6:2023", "Unrestricted Access to Sensitive Business Flows", flows(design), ""));
        rows.add(row("API7:2023", "Server Side Request Forgery", ssrf(design), ""));
        rows.add(row(
                "API8:2023",
                "Security Misconfiguration",
                "TLS only with HSTS; CORS limited to the known front-ends; errors are RFC 9457 problem details "
                        + "without stack traces; containers run as non-root on a read-only file system "
                        + "(deploy/); defaults are reviewed in CI.",
                AdrFiles.links(design, Area.SECURITY, Area.DEPLOYMENT)));
        rows.add(row(
                "API9:2023",
                "Improper Inventory Management",
                "api/openapi.yaml lists every endpoint and is the contract CI reviews with archforge review; the API "
                        + "is versioned and retired versions are removed from the gateway.",
                AdrFiles.links(design, Area.API, Area.DELIVERY)));
        rows.add(row("API10:2023", "Unsafe Consumption of APIs", providers(design), ""));
        return rows;
    }

    private static List<String> row(String item, String risk, String how, String decisions) {
        return List.of(item, risk, how, decisions);
    }

    static String auth(Security s) {
        String method =
                switch (s.method()) {
                    case OIDC_JWT ->
                        "An external OpenID Connect provider signs users in; the API validates JWT access "
                                + "tokens (signature, issuer, audience, expiry) on every request.";
                    case SESSION_COOKIE ->
                        "Server-side sessions in Secure, HttpOnly, SameSite cookies, with CSRF protection.";
                    case API_KEY -> "Machine clients send hashed, revocable API keys; keys are never logged.";
                };
        return method + " Access tokens live " + s.accessTokenMinutes() + " minutes, refresh tokens "
                + s.refreshTokenDays() + " days." + (s.mfaForAdmins() ? " Admins must use MFA." : "");
    }

    private static String sensitive(Design design) {
        List<String> fields = new ArrayList<>();
        for (Entity e : design.requirements().entities()) {
            for (Field f : e.fields()) {
                if (f.sensitive()) {
                    fields.add(e.name() + "." + f.name());
                }
            }
        }
        return fields.isEmpty() ? "" : " Sensitive fields (" + String.join(", ", fields) + ") are never returned.";
    }

    private static String flows(Design design) {
        List<String> writes = design.requirements().accessPatterns().stream()
                .filter(p -> p.operation().isWrite())
                .map(AccessPattern::name)
                .toList();
        String text = writes.isEmpty()
                ? "The API has no write flows declared."
                : "Write flows (" + String.join(", ", writes) + ") are limited per user as well as per client.";
        if (design.requirements().has(Feature.PAYMENTS)) {
            text += " Payments require an Idempotency-Key and are checked against the provider's webhook.";
        }
        return text + " Unusual rates raise an alert (operations.md).";
    }

    private static String ssrf(Design design) {
        List<String> urls = new ArrayList<>();
        for (Entity e : design.requirements().entities()) {
            for (Field f : e.fields()) {
                if (f.type() == FieldType.URL) {
                    urls.add(e.name() + "." + f.name());
                }
            }
        }
        String text = urls.isEmpty()
                ? "The API never fetches a URL a caller supplies."
                : "URL fields (" + String.join(", ", urls) + ") are stored and validated, never fetched by the server.";
        return text + " Outbound calls go only to configured providers, allowed by the network policy.";
    }

    private static String providers(Design design) {
        List<String> providers = new ArrayList<>();
        if (design.architecture().security().method() == dev.archforge.design.plan.AuthMethod.OIDC_JWT) {
            providers.add("the identity provider");
        }
        if (design.requirements().has(Feature.PAYMENTS)) {
            providers.add("the payment provider");
        }
        if (design.requirements().has(Feature.NOTIFICATIONS)) {
            providers.add("the email and push provider");
        }
        if (providers.isEmpty()) {
            return "The system consumes no third-party API.";
        }
        return "Calls to " + Text.and(providers) + " use TLS with certificate validation, timeouts, "
                + "bounded retries and circuit breakers; their responses and webhooks are validated (signatures, "
                + "schemas) before use.";
    }
}
