package dev.archforge.design.requirements;

import java.util.List;

/**
 * The keys each object of the requirements file may hold, in documented order. The readers reject
 * anything else, and a test holds the JSON Schema's properties to these lists, so the schema that
 * editors use and the loader cannot drift apart.
 */
final class Keys {
    static final List<String> TOP = List.of(
            "system",
            "features",
            "actors",
            "entities",
            "access-patterns",
            "events",
            "scale",
            "team",
            "constraints",
            "assumptions",
            "brief");

    static final List<String> SYSTEM = List.of("name", "purpose", "audience");

    static final List<String> ACTOR = List.of("description", "admin", "external", "count");

    static final List<String> ENTITY = List.of(
            "description",
            "account",
            "owner",
            "fields",
            "relations",
            "states",
            "soft-delete",
            "growth-per-user-per-month",
            "append-only",
            "retention-months",
            "natural-key");

    /** The operation keys of an access pattern; exactly one names the entity. */
    static final List<String> OPERATIONS = List.of("create", "read", "list", "update", "delete", "search");

    static final List<String> ACCESS_PATTERN = List.of(
            "name",
            "actor",
            "create",
            "read",
            "list",
            "update",
            "delete",
            "search",
            "filter",
            "sort",
            "frequency",
            "shape",
            "payload-bytes");

    static final List<String> EVENT = List.of("name", "entity", "consumers");

    static final List<String> SCALE = List.of(
            "registered-users",
            "daily-active-users",
            "actions-per-user-per-day",
            "peak-factor",
            "peak-rps",
            "read-percent",
            "payload-kb",
            "monthly-growth-percent",
            "retention-months",
            "concurrent-connections",
            "requests-per-day",
            "tenants");

    static final List<String> TEAM = List.of("size", "teams", "skills");

    static final List<String> CONSTRAINTS = List.of(
            "budget-per-month",
            "hosting",
            "cloud",
            "compliance",
            "availability",
            "latency-p99-ms",
            "regions",
            "data-residency",
            "rpo-minutes",
            "rto-minutes",
            "qualities",
            "deadline-weeks");

    static final List<String> BRIEF = List.of("text", "facts", "risks");

    static final List<String> FACT = List.of("key", "value", "source");

    private Keys() {}
}
