package dev.archforge.design.consistency;

import java.util.Map;

/**
 * The alternatives and trade-offs of the seventeen specialised decision areas that read the same in
 * designs of unlike shape, reviewed one by one when they were added (2026-12-07): a property of the
 * rejected option, or a consequence of the chosen one wherever it is chosen. Kept apart from {@link
 * GenericTruths} so the debt is visible: a text that says "at this size" or "at this volume" should
 * name the figure instead, and then leaves this list.
 */
final class SpecialisedTruths {
    private static final String OPTION = "a property of the rejected option, true in any system";
    private static final String CHOSEN = "a consequence of the chosen option itself, wherever it is chosen";

    static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry(
                    "A data lake only (Parquet on object storage with a query engine): Cheapest to store, but dashboards want sub-second answers.",
                    OPTION),
            Map.entry(
                    "A notification platform (OneSignal, Braze): Per-message pricing at this volume and campaign tooling the product may not need.",
                    OPTION),
            Map.entry("A second copy of the data to secure, with its own retention and erasure.", CHOSEN),
            Map.entry("A service to run, with provider quotas to monitor.", CHOSEN),
            Map.entry(
                    "Between steps the system is eventually consistent: a process can be visibly half done (paid but not yet confirmed) and the API says so through its state.",
                    CHOSEN),
            Map.entry(
                    "Certificates must rotate automatically; an expired root or intermediate stops every call, so expiry is monitored.",
                    CHOSEN),
            Map.entry("Cross-region traffic and replication are billed per GB.", CHOSEN),
            Map.entry(
                    "Database passwords in the secrets manager: Still a static secret to rotate; the workload identity is free and expires on its own.",
                    OPTION),
            Map.entry(
                    "Database per tenant: One pool, backup and migration run per tenant; only worth it for few, large or regulated tenants.",
                    OPTION),
            Map.entry("Device tokens expire: prune them on the providers' invalid-token answers.", CHOSEN),
            Map.entry(
                    "Dual writes from the request: A failed second write leaves the index silently behind; events retry.",
                    OPTION),
            Map.entry("Every step needs a compensation that is itself safe to retry.", CHOSEN),
            Map.entry(
                    "Files in PostgreSQL (bytea): Bloats the database, its backups and replication with data it never queries.",
                    OPTION),
            Map.entry("Held stock is unavailable to others until it is paid or expires.", CHOSEN),
            Map.entry(
                    "Identities are only as narrow as the policies that name them: each service or deployable gets its own, never a shared one.",
                    CHOSEN),
            Map.entry(
                    "Keys and client secrets are bearer credentials: TLS only, never in URLs, and revoked on leak.",
                    CHOSEN),
            Map.entry("Late points after a rollup window closed need the aggregate refreshed for that window.", CHOSEN),
            Map.entry("Losing the region takes the service down until it is rebuilt elsewhere.", CHOSEN),
            Map.entry(
                    "Managed search (Algolia, Typesense Cloud): Good relevance, but a per-record bill and data leaving the database.",
                    OPTION),
            Map.entry(
                    "Multi-region active-active: Conflict handling for writes in two regions, for a failover that a warm standby handles in minutes.",
                    OPTION),
            Map.entry(
                    "Multi-region active-passive (warm standby): No second region inside eu is listed; a standby would double the data tier for a rare regional outage.",
                    OPTION),
            Map.entry("No HTTP caching: Every client refetches unchanged responses; validators are free.", OPTION),
            Map.entry(
                    "OAuth 2.0 client credentials for every client: An authorization server and token exchange for clients that a hashed key serves as safely.",
                    OPTION),
            Map.entry("Object lifecycle rules must mirror the records' retention and erasure.", CHOSEN),
            Map.entry(
                    "One queue for every notice: A blast to millions would sit in front of every transactional message.",
                    OPTION),
            Map.entry(
                    "One shared key per client type: One leak would force every client to rotate at once, and quotas could not tell callers apart.",
                    OPTION),
            Map.entry(
                    "Origin only, more replicas: Each read costs an origin round trip and egress from one region; the CDN serves most of them for less.",
                    OPTION),
            Map.entry("Per-tenant quotas need the tenant resolved before the limiter: the token carries it.", CHOSEN),
            Map.entry(
                    "PostgreSQL full-text search: Simpler, but weak relevance (no BM25, synonyms or typo tolerance) at this size.",
                    OPTION),
            Map.entry(
                    "Pre-scaling runs peak capacity for a while before it is needed: it costs money even when the crowd is smaller than announced.",
                    CHOSEN),
            Map.entry(
                    "Pub/sub is at-most-once: clients resume from the last event id and fetch what they missed over REST.",
                    CHOSEN),
            Map.entry("Purges on writes are one more path to test.", CHOSEN),
            Map.entry(
                    "Rate limits per user only: Each visitor stays under the limit while all of them together exceed capacity.",
                    OPTION),
            Map.entry(
                    "Read the stock, check it in code, then write: Two requests read the same last item and both sell it; locking the read (SELECT … FOR UPDATE) works but holds the lock across application code.",
                    OPTION),
            Map.entry(
                    "Reconnect storms after a gateway deploy: roll gateways one at a time with jittered backoff.",
                    CHOSEN),
            Map.entry(
                    "Redis in front of the database only: Saves database reads but not the round trip and TLS for distant clients.",
                    OPTION),
            Map.entry("Relevance tuning is limited to weights and dictionaries.", CHOSEN),
            Map.entry("Reports are as fresh as the last rollup run.", CHOSEN),
            Map.entry(
                    "Rollups in PostgreSQL only: Every new question needs a new rollup and a backfill over the transactional tables.",
                    OPTION),
            Map.entry("Sales concentrated on one item serialise on its row.", CHOSEN),
            Map.entry(
                    "Schema per tenant: Migrations and the catalogue grow with every tenant, for isolation row-level security already gives at this size.",
                    OPTION),
            Map.entry(
                    "Send from the request: A slow provider would slow the request, and a failure would lose the notice.",
                    OPTION),
            Map.entry(
                    "Setting the tenant on the connection is the one step row-level security cannot catch: it is set in one place and tested.",
                    CHOSEN),
            Map.entry(
                    "Shared secrets or tokens between services: Static secrets leak and never rotate; every team would implement checks differently.",
                    OPTION),
            Map.entry(
                    "The second region roughly doubles the standing cost of the data tier and must be rehearsed to be trusted.",
                    CHOSEN),
            Map.entry(
                    "Ties the deployable to the cloud's identity service; local runs use developer credentials.",
                    CHOSEN),
            Map.entry("Two live versions double the tests and the documentation during the notice period.", CHOSEN),
            Map.entry(
                    "Uploads complete out of band: the API confirms them by a callback or a HEAD on the key, and scans them before they are served.",
                    CHOSEN),
            Map.entry(
                    "Uploads proxied through the API: Every byte crosses the instances twice and ties up a request for the length of the upload.",
                    OPTION),
            Map.entry(
                    "mTLS with a service mesh: Secures calls between services, and there is one deployable.", OPTION));

    private SpecialisedTruths() {}
}
