package dev.archforge.design.decision;

import java.util.List;

/**
 * The requirement keys decisions read, spelled as in {@code archforge.yaml} ({@code section.key}).
 * Rules list the keys they read in {@link DecisionInfo#reads()}; a key also covers everything under
 * it, so {@code entities} covers {@code entities.Workout.growth-per-user-per-month}. Questions about
 * assumed values find the decisions they affect through this table.
 */
public final class Keys {
    public static final String FEATURES = "features";
    public static final String ACTORS = "actors";
    public static final String ENTITIES = "entities";
    public static final String ACCESS_PATTERNS = "access-patterns";
    public static final String EVENTS = "events";
    public static final String SYSTEM_PURPOSE = "system.purpose";
    public static final String AUDIENCE = "system.audience";
    public static final String CONCURRENT_CONNECTIONS = "scale.concurrent-connections";

    public static final String REGISTERED_USERS = "scale.registered-users";
    public static final String DAILY_ACTIVE_USERS = "scale.daily-active-users";
    public static final String ACTIONS_PER_USER = "scale.actions-per-user-per-day";
    public static final String PEAK_FACTOR = "scale.peak-factor";
    public static final String PEAK_RPS = "scale.peak-rps";
    public static final String READ_PERCENT = "scale.read-percent";
    public static final String PAYLOAD_KB = "scale.payload-kb";
    public static final String MONTHLY_GROWTH = "scale.monthly-growth-percent";
    public static final String RETENTION_MONTHS = "scale.retention-months";
    public static final String REQUESTS_PER_DAY = "scale.requests-per-day";
    public static final String TENANTS = "scale.tenants";

    public static final String TEAM_SIZE = "team.size";
    public static final String TEAMS = "team.teams";
    public static final String SKILLS = "team.skills";

    public static final String BUDGET = "constraints.budget-per-month";
    public static final String HOSTING = "constraints.hosting";
    public static final String CLOUD = "constraints.cloud";
    public static final String COMPLIANCE = "constraints.compliance";
    public static final String AVAILABILITY = "constraints.availability";
    public static final String LATENCY = "constraints.latency-p99-ms";
    public static final String REGIONS = "constraints.regions";
    public static final String DATA_RESIDENCY = "constraints.data-residency";
    public static final String RPO = "constraints.rpo-minutes";
    public static final String RTO = "constraints.rto-minutes";
    public static final String QUALITIES = "constraints.qualities";

    /** Every key, in file order. */
    public static final List<String> ALL = List.of(
            SYSTEM_PURPOSE,
            AUDIENCE,
            FEATURES,
            ACTORS,
            ENTITIES,
            ACCESS_PATTERNS,
            EVENTS,
            REGISTERED_USERS,
            DAILY_ACTIVE_USERS,
            ACTIONS_PER_USER,
            PEAK_FACTOR,
            PEAK_RPS,
            READ_PERCENT,
            PAYLOAD_KB,
            MONTHLY_GROWTH,
            RETENTION_MONTHS,
            CONCURRENT_CONNECTIONS,
            REQUESTS_PER_DAY,
            TENANTS,
            TEAM_SIZE,
            TEAMS,
            SKILLS,
            BUDGET,
            HOSTING,
            CLOUD,
            COMPLIANCE,
            AVAILABILITY,
            LATENCY,
            REGIONS,
            DATA_RESIDENCY,
            RPO,
            RTO,
            QUALITIES);

    private Keys() {}

    /** True when reading {@code read} means reading {@code key}: the same key, or {@code key} lies under it. */
    public static boolean covers(String read, String key) {
        return key.equals(read) || key.startsWith(read + ".");
    }
}
