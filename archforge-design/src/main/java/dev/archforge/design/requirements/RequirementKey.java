package dev.archforge.design.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every key of the requirements file ({@code archforge.yaml}), spelled once: the loader reads by
 * these, {@code archforge init} writes by them, decisions declare the ones they read, questions and
 * assumptions name them. Declared in the documented order of their object, which is the order
 * {@link #children} lists them in (SchemaTest holds the JSON Schema to it).
 *
 * <p>A key sits under its {@link #parent()}: the top-level keys have none; {@code scale.peak-rps}
 * sits under {@link #SCALE}. The keys of one item of a collection ({@code owner} of an entity,
 * {@code frequency} of an access pattern) are {@linkplain #item() item keys}: their path names the
 * item, {@code entities.Workout.owner}. {@link #toString()} is the dotted path of a key that has one
 * and the bare key of an item key.
 */
public enum RequirementKey {
    SYSTEM(null, "system"),
    FEATURES(null, "features"),
    ACTORS(null, "actors"),
    ENTITIES(null, "entities"),
    ACCESS_PATTERNS(null, "access-patterns"),
    EVENTS(null, "events"),
    SCALE(null, "scale"),
    TEAM(null, "team"),
    CONSTRAINTS(null, "constraints"),
    ASSUMPTIONS(null, "assumptions"),
    BRIEF(null, "brief"),

    SYSTEM_NAME(SYSTEM, "name"),
    SYSTEM_PURPOSE(SYSTEM, "purpose"),
    AUDIENCE(SYSTEM, "audience"),

    ACTOR_DESCRIPTION(ACTORS, "description", true),
    ACTOR_ADMIN(ACTORS, "admin", true),
    ACTOR_EXTERNAL(ACTORS, "external", true),
    ACTOR_COUNT(ACTORS, "count", true),

    ENTITY_DESCRIPTION(ENTITIES, "description", true),
    ENTITY_ACCOUNT(ENTITIES, "account", true),
    ENTITY_OWNER(ENTITIES, "owner", true),
    ENTITY_FIELDS(ENTITIES, "fields", true),
    ENTITY_RELATIONS(ENTITIES, "relations", true),
    ENTITY_STATES(ENTITIES, "states", true),
    ENTITY_SOFT_DELETE(ENTITIES, "soft-delete", true),
    ENTITY_GROWTH(ENTITIES, "growth-per-user-per-month", true),
    ENTITY_APPEND_ONLY(ENTITIES, "append-only", true),
    ENTITY_RETENTION_MONTHS(ENTITIES, "retention-months", true),
    ENTITY_NATURAL_KEY(ENTITIES, "natural-key", true),

    PATTERN_NAME(ACCESS_PATTERNS, "name", true),
    PATTERN_ACTOR(ACCESS_PATTERNS, "actor", true),
    PATTERN_CREATE(ACCESS_PATTERNS, "create", true),
    PATTERN_READ(ACCESS_PATTERNS, "read", true),
    PATTERN_LIST(ACCESS_PATTERNS, "list", true),
    PATTERN_UPDATE(ACCESS_PATTERNS, "update", true),
    PATTERN_DELETE(ACCESS_PATTERNS, "delete", true),
    PATTERN_SEARCH(ACCESS_PATTERNS, "search", true),
    PATTERN_FILTER(ACCESS_PATTERNS, "filter", true),
    PATTERN_SORT(ACCESS_PATTERNS, "sort", true),
    PATTERN_FREQUENCY(ACCESS_PATTERNS, "frequency", true),
    PATTERN_SHAPE(ACCESS_PATTERNS, "shape", true),
    PATTERN_PAYLOAD_BYTES(ACCESS_PATTERNS, "payload-bytes", true),

    EVENT_NAME(EVENTS, "name", true),
    EVENT_ENTITY(EVENTS, "entity", true),
    EVENT_CONSUMERS(EVENTS, "consumers", true),

    REGISTERED_USERS(SCALE, "registered-users"),
    DAILY_ACTIVE_USERS(SCALE, "daily-active-users"),
    ACTIONS_PER_USER(SCALE, "actions-per-user-per-day"),
    PEAK_FACTOR(SCALE, "peak-factor"),
    PEAK_RPS(SCALE, "peak-rps"),
    READ_PERCENT(SCALE, "read-percent"),
    PAYLOAD_KB(SCALE, "payload-kb"),
    MONTHLY_GROWTH(SCALE, "monthly-growth-percent"),
    RETENTION_MONTHS(SCALE, "retention-months"),
    CONCURRENT_CONNECTIONS(SCALE, "concurrent-connections"),
    REQUESTS_PER_DAY(SCALE, "requests-per-day"),
    TENANTS(SCALE, "tenants"),

    TEAM_SIZE(TEAM, "size"),
    TEAMS(TEAM, "teams"),
    SKILLS(TEAM, "skills"),

    BUDGET(CONSTRAINTS, "budget-per-month"),
    HOSTING(CONSTRAINTS, "hosting"),
    CLOUD(CONSTRAINTS, "cloud"),
    COMPLIANCE(CONSTRAINTS, "compliance"),
    AVAILABILITY(CONSTRAINTS, "availability"),
    LATENCY(CONSTRAINTS, "latency-p99-ms"),
    REGIONS(CONSTRAINTS, "regions"),
    DATA_RESIDENCY(CONSTRAINTS, "data-residency"),
    RPO(CONSTRAINTS, "rpo-minutes"),
    RTO(CONSTRAINTS, "rto-minutes"),
    QUALITIES(CONSTRAINTS, "qualities"),
    DEADLINE_WEEKS(CONSTRAINTS, "deadline-weeks"),

    BRIEF_TEXT(BRIEF, "text"),
    BRIEF_FACTS(BRIEF, "facts"),
    BRIEF_RISKS(BRIEF, "risks"),

    FACT_KEY(BRIEF_FACTS, "key", true),
    FACT_VALUE(BRIEF_FACTS, "value", true),
    FACT_SOURCE(BRIEF_FACTS, "source", true);

    private final @Nullable RequirementKey parent;
    private final String key;
    private final boolean item;

    RequirementKey(@Nullable RequirementKey parent, String key) {
        this(parent, key, false);
    }

    RequirementKey(@Nullable RequirementKey parent, String key, boolean item) {
        this.parent = parent;
        this.key = key;
        this.item = item;
    }

    /** The key as written in its object: {@code peak-rps}. */
    public String key() {
        return key;
    }

    /** The key this one sits under; empty for a top-level key. */
    public Optional<RequirementKey> parent() {
        return Optional.ofNullable(parent);
    }

    /** True for a key of one item of a collection (an entity, an access pattern), whose path names the item. */
    public boolean item() {
        return item;
    }

    /**
     * The dotted path, {@code scale.peak-rps}, as {@code assumptions}, facts and questions name the key.
     *
     * @throws IllegalStateException for an item key, whose path needs the item: {@link #path(String)}
     */
    public String path() {
        if (item) {
            throw new IllegalStateException(name() + " is a key of each item of " + parent + ": name the item");
        }
        return parent == null ? key : parent.path() + "." + key;
    }

    /** The dotted path of this item key in the item named {@code item}: {@code entities.Workout.owner}. */
    public String path(String itemName) {
        if (!item || parent == null) {
            throw new IllegalStateException(name() + " is not a key of an item");
        }
        return parent.path() + "." + itemName + "." + key;
    }

    /** The keys directly under {@code parent} ({@code null} for the top level), in documented order. */
    public static List<RequirementKey> children(@Nullable RequirementKey parent) {
        List<RequirementKey> out = new ArrayList<>();
        for (RequirementKey k : values()) {
            if (k.parent == parent) {
                out.add(k);
            }
        }
        return List.copyOf(out);
    }

    /** The spellings of {@link #children}. */
    public static List<String> keys(@Nullable RequirementKey parent) {
        return children(parent).stream().map(RequirementKey::key).toList();
    }

    /** The key spelled {@code key} directly under {@code parent}. */
    public static Optional<RequirementKey> child(@Nullable RequirementKey parent, String key) {
        for (RequirementKey k : values()) {
            if (k.parent == parent && k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The key whose {@link #path()} is {@code path}; item keys have none. */
    public static Optional<RequirementKey> ofPath(String path) {
        for (RequirementKey k : values()) {
            if (!k.item && k.path().equals(path)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * True when reading this key means reading {@code path}: the same key, or {@code path} lies under
     * it, so {@link #ENTITIES} covers {@code entities.Workout.growth-per-user-per-month}.
     */
    public boolean covers(String path) {
        return covers(path(), path);
    }

    /** True when {@code path} is {@code outer} or lies under it. */
    public static boolean covers(String outer, String path) {
        return path.equals(outer) || path.startsWith(outer + ".");
    }

    @Override
    public String toString() {
        return item ? key : path();
    }
}
