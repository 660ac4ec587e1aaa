package dev.archforge.design.consistency;

import java.util.HashMap;
import java.util.Map;

/**
 * Alternatives and trade-offs that may read the same in designs of unlike shape, each with why.
 * Every other such text must name something of the design it is in (see {@link DesignWords}).
 * Grouped by reason; a text leaves the list as soon as its rule says something design-specific.
 */
final class GenericTruths {
    /** Why a rejected option was rejected is a property of that option, true in any system. */
    private static final String OPTION = "a property of the rejected option, true in any system";
    /** A consequence of the chosen style, platform or method, the same wherever it is chosen. */
    private static final String CHOSEN = "a consequence of the chosen option itself, wherever it is chosen";
    /** An engineering practice the design commits to, the same for every system. */
    private static final String PRACTICE = "a practice the design commits to, the same for every system";
    /** Said only when its condition holds (no owned entity, no copy, no sensitive field, tenancy). */
    private static final String CONDITIONAL = "written only when the condition it states holds for the design";

    private static final Map<String, String> CORE = Map.ofEntries(
            Map.entry(
                    "A SaaS observability vendor: On-premises hosting keeps telemetry, which contains personal data, inside.",
                    OPTION),
            Map.entry(
                    "A component reads another component's data through its interface, never by joining its tables, even when a join would be shorter.",
                    CHOSEN),
            Map.entry("A copy or read model added later needs a backfill migration.", PRACTICE),
            Map.entry("A limiter outage must fail open, or it becomes an outage.", PRACTICE),
            Map.entry(
                    "A managed API gateway: Another hop and a per-request cost for one deployable whose filter does the same.",
                    OPTION),
            Map.entry(
                    "A many-to-many relation added later brings a join table with its own composite key and reverse index.",
                    PRACTICE),
            Map.entry("A platform team (or a rotation) owns the cluster, its upgrades and its add-ons.", CHOSEN),
            Map.entry("A restore is only as good as its last rehearsal.", PRACTICE),
            Map.entry(
                    "A schema or database per tenant: Migrations and connections multiply with tenants; shared tables with row-level security scale to thousands of tenants.",
                    OPTION),
            Map.entry(
                    "A self-hosted Prometheus and Grafana stack: Someone would run, upgrade and store it; a managed stack costs less than that time.",
                    OPTION),
            Map.entry("API keys: No machine clients; keys in browsers leak.", OPTION),
            Map.entry("All modules deploy together: a bad change in one module blocks the release of all.", CHOSEN),
            Map.entry(
                    "Application-level encryption of every column: Breaks indexing and search for no gain over disk encryption; only sensitive fields need it.",
                    OPTION),
            Map.entry(
                    "Archive to object storage and delete: Worth it when old data must stay queryable for audits; nothing here asks for that.",
                    OPTION),
            Map.entry(
                    "Bare processes on VMs: Container images make builds reproducible and the runtime identical in every environment.",
                    OPTION),
            Map.entry("Breaking changes need a /v2; additive changes stay in /v1.", CHOSEN),
            Map.entry("Burn-rate alerts need a few weeks of traffic before their thresholds are trusted.", PRACTICE),
            Map.entry("CSRF protection is required for state-changing requests.", CHOSEN),
            Map.entry(
                    "Choreography only (services react to each other's events): No one place shows a workflow's state; failures between steps go unnoticed.",
                    OPTION),
            Map.entry(
                    "Containers on a managed runtime: Each team would build its own deployment, networking and secrets conventions.",
                    OPTION),
            Map.entry("Contract steps of a migration ship one release after the expand step.", PRACTICE),
            Map.entry("Data is owned per service; cross-service queries become APIs or read models.", CHOSEN),
            Map.entry(
                    "Documents per aggregate (jsonb or a document store): Aggregates are read and filtered by their parts; documents would hide them from indexes and constraints.",
                    OPTION),
            Map.entry(
                    "Every record is visible to every role that reads its entity: the matrix in security.md is the whole policy.",
                    CONDITIONAL),
            Map.entry("Every service call can fail: timeouts, retries and idempotency are mandatory.", CHOSEN),
            Map.entry(
                    "Fully normalized, no copies: Tenant policies would join or aggregate on every request.",
                    CONDITIONAL),
            Map.entry(
                    "HTTP caching (ETag, Cache-Control) only: Kept as a free addition for public resources, not a substitute decision: it needs no infrastructure.",
                    OPTION),
            Map.entry(
                    "Index every column: Each index slows every insert and update and takes memory; only the queries that run get one.",
                    OPTION),
            Map.entry(
                    "JWT access tokens: Buy statelessness this system does not need, and cannot be revoked before expiry.",
                    OPTION),
            Map.entry("Less control over networking and scheduling than a cluster gives.", CHOSEN),
            Map.entry(
                    "Limits inside each service: Every team would reimplement limits and quotas, differently.", OPTION),
            Map.entry(
                    "Logical dumps (pg_dump) only: Restores take hours for large databases and lose everything since the last dump.",
                    OPTION),
            Map.entry("Main must always be releasable: unfinished features hide behind flags.", PRACTICE),
            Map.entry(
                    "MongoDB (document store): The entities have relations and ownership that need joins, foreign keys and transactions; documents would duplicate them.",
                    OPTION),
            Map.entry(
                    "No cache, more database replicas: Replicas cost a full database each and still pay the query cost on every read.",
                    OPTION),
            Map.entry("No enforced boundaries: keep packages by feature so a later split stays possible.", CHOSEN),
            Map.entry(
                    "No field is marked sensitive: a field added later that is must get encryption and hiding in the same change.",
                    CONDITIONAL),
            Map.entry(
                    "No rate limits: One misbehaving client or script could exhaust the database pool for everyone.",
                    OPTION),
            Map.entry(
                    "Nothing is copied, so nothing can disagree: every read joins to the one place a fact lives.",
                    CONDITIONAL),
            Map.entry(
                    "Offset pagination: OFFSET reads and discards every skipped row; deep pages get slower as tables grow.",
                    OPTION),
            Map.entry(
                    "One component per entity: Children such as the rows of an aggregate are written together with their parent; splitting them turns one transaction into a distributed one.",
                    OPTION),
            Map.entry("One process scales as a unit even when one module is the hot one.", CHOSEN),
            Map.entry("Operating cost: a platform, a broker, tracing and per-service pipelines.", CHOSEN),
            Map.entry(
                    "Own username/password tables: Password storage, reset flows and MFA are security-critical code the team would write and audit itself.",
                    OPTION),
            Map.entry("PostgreSQL queue: Services would share one database to exchange messages.", OPTION),
            Map.entry(
                    "Primary keys only, add indexes when slow: Unindexed foreign keys and list queries degrade silently as tables grow; the access patterns are known now.",
                    OPTION),
            Map.entry(
                    "REST endpoints are coarse: a screen that combines resources makes several calls or gets a purpose-built endpoint.",
                    CHOSEN),
            Map.entry(
                    "Read models and copied columns up front: No access pattern joins or aggregates at a rate that needs them; copies would cost consistency work for nothing.",
                    OPTION),
            Map.entry(
                    "Secrets in environment files or CI variables only: Leak through logs, images and laptops, and cannot be rotated centrally.",
                    OPTION),
            Map.entry("Security headers and CORS allow-lists must be kept in step with the clients.", PRACTICE),
            Map.entry(
                    "Server-side sessions: Need a shared session store across instances and do not suit mobile or machine clients.",
                    OPTION),
            Map.entry("Sessions live in the database; every request reads one row (cached in process).", CHOSEN),
            Map.entry(
                    "Telemetry volume costs money: debug logs are off in production and traces are sampled at scale.",
                    PRACTICE),
            Map.entry("The whole application scales and deploys as one unit.", CHOSEN),
            Map.entry(
                    "gRPC: Browsers cannot call it without a proxy, and no consumer here needs streaming RPC between services.",
                    OPTION));

    /** The generic truths of the core areas and of the specialised ones ({@link SpecialisedTruths}). */
    static final Map<String, String> TEXTS = merged();

    private GenericTruths() {}

    private static Map<String, String> merged() {
        Map<String, String> all = new HashMap<>(CORE);
        all.putAll(SpecialisedTruths.TEXTS);
        return Map.copyOf(all);
    }
}
