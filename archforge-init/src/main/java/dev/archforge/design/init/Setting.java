package dev.archforge.design.init;

import java.util.Optional;

/**
 * The values of a draft that are not domain structure: scale, team, constraints, and the two features a
 * brief often leaves open. In the order the file writes them; each key is the one the requirements file
 * and {@code assumptions} use.
 */
enum Setting {
    /** Written only when stated: {@code public}, {@code partner} or {@code internal}. */
    AUDIENCE("system", "audience", true),
    REGISTERED_USERS("scale", "registered-users"),
    DAILY_ACTIVE_USERS("scale", "daily-active-users"),
    ACTIONS_PER_USER_PER_DAY("scale", "actions-per-user-per-day"),
    PEAK_FACTOR("scale", "peak-factor"),
    PEAK_RPS("scale", "peak-rps", true),
    READ_PERCENT("scale", "read-percent"),
    PAYLOAD_KB("scale", "payload-kb"),
    MONTHLY_GROWTH_PERCENT("scale", "monthly-growth-percent"),
    RETENTION_MONTHS("scale", "retention-months"),
    CONCURRENT_CONNECTIONS("scale", "concurrent-connections", true),
    REQUESTS_PER_DAY("scale", "requests-per-day", true),
    TENANTS("scale", "tenants", true),
    TEAM_SIZE("team", "size"),
    TEAMS("team", "teams"),
    SKILLS("team", "skills"),
    BUDGET_PER_MONTH("constraints", "budget-per-month"),
    HOSTING("constraints", "hosting"),
    CLOUD("constraints", "cloud"),
    COMPLIANCE("constraints", "compliance"),
    AVAILABILITY("constraints", "availability"),
    LATENCY_P99_MS("constraints", "latency-p99-ms"),
    REGIONS("constraints", "regions"),
    DATA_RESIDENCY("constraints", "data-residency"),
    RPO_MINUTES("constraints", "rpo-minutes"),
    RTO_MINUTES("constraints", "rto-minutes"),
    QUALITIES("constraints", "qualities", true),
    DEADLINE_WEEKS("constraints", "deadline-weeks", true),
    /** Not a key of its own: true adds {@code realtime} to {@code features}. */
    REALTIME("features", "realtime"),
    /** Not a key of its own: true adds {@code multi-tenancy} to {@code features}. */
    MULTI_TENANCY("features", "multi-tenancy");

    private final String section;
    private final String name;
    private final boolean optional;

    Setting(String section, String name) {
        this(section, name, false);
    }

    Setting(String section, String name, boolean optional) {
        this.section = section;
        this.name = name;
        this.optional = optional;
    }

    /** True for the keys that have no default: written only when the brief or an answer gives them. */
    boolean optional() {
        return optional;
    }

    /** The top-level key the value sits under. */
    String section() {
        return section;
    }

    /** The key inside its section. */
    String field() {
        return name;
    }

    /** The dotted key, {@code scale.daily-active-users}. */
    String key() {
        return section + "." + name;
    }

    /** True for the settings that toggle a feature rather than set a value. */
    boolean isFeature() {
        return section.equals("features");
    }

    static Optional<Setting> ofKey(String key) {
        for (Setting s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
