package dev.archforge.design.init;

import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The values of a draft that are not domain structure: scale, team, constraints, and the two features a
 * brief often leaves open. In the order the file writes them; each is spelled by its {@link
 * RequirementKey}, the key the requirements file and {@code assumptions} use.
 */
enum Setting {
    /** Written only when stated: {@code public}, {@code partner} or {@code internal}. */
    AUDIENCE(RequirementKey.AUDIENCE, true),
    REGISTERED_USERS(RequirementKey.REGISTERED_USERS),
    DAILY_ACTIVE_USERS(RequirementKey.DAILY_ACTIVE_USERS),
    ACTIONS_PER_USER_PER_DAY(RequirementKey.ACTIONS_PER_USER),
    PEAK_FACTOR(RequirementKey.PEAK_FACTOR),
    PEAK_RPS(RequirementKey.PEAK_RPS, true),
    READ_PERCENT(RequirementKey.READ_PERCENT),
    PAYLOAD_KB(RequirementKey.PAYLOAD_KB),
    MONTHLY_GROWTH_PERCENT(RequirementKey.MONTHLY_GROWTH),
    RETENTION_MONTHS(RequirementKey.RETENTION_MONTHS),
    CONCURRENT_CONNECTIONS(RequirementKey.CONCURRENT_CONNECTIONS, true),
    REQUESTS_PER_DAY(RequirementKey.REQUESTS_PER_DAY, true),
    TENANTS(RequirementKey.TENANTS, true),
    TEAM_SIZE(RequirementKey.TEAM_SIZE),
    TEAMS(RequirementKey.TEAMS),
    SKILLS(RequirementKey.SKILLS),
    BUDGET_PER_MONTH(RequirementKey.BUDGET),
    HOSTING(RequirementKey.HOSTING),
    CLOUD(RequirementKey.CLOUD),
    COMPLIANCE(RequirementKey.COMPLIANCE),
    AVAILABILITY(RequirementKey.AVAILABILITY),
    LATENCY_P99_MS(RequirementKey.LATENCY),
    REGIONS(RequirementKey.REGIONS),
    DATA_RESIDENCY(RequirementKey.DATA_RESIDENCY),
    RPO_MINUTES(RequirementKey.RPO),
    RTO_MINUTES(RequirementKey.RTO),
    QUALITIES(RequirementKey.QUALITIES, true),
    DEADLINE_WEEKS(RequirementKey.DEADLINE_WEEKS, true),
    /** Not a key of its own: true adds {@code realtime} to {@code features}. */
    REALTIME(Feature.REALTIME),
    /** Not a key of its own: true adds {@code multi-tenancy} to {@code features}. */
    MULTI_TENANCY(Feature.MULTI_TENANCY);

    private final RequirementKey requirement;
    private final @Nullable Feature feature;
    private final boolean optional;

    Setting(RequirementKey requirement) {
        this(requirement, false);
    }

    Setting(RequirementKey requirement, boolean optional) {
        this.requirement = requirement;
        this.feature = null;
        this.optional = optional;
    }

    Setting(Feature feature) {
        this.requirement = RequirementKey.FEATURES;
        this.feature = feature;
        this.optional = false;
    }

    /** True for the keys that have no default: written only when the brief or an answer gives them. */
    boolean optional() {
        return optional;
    }

    /** The top-level key the value sits under. */
    RequirementKey section() {
        return feature != null ? requirement : requirement.parent().orElseThrow();
    }

    /** The key inside its section; the feature's id for a feature toggle. */
    String field() {
        return feature != null ? feature.id() : requirement.key();
    }

    /** The dotted key, {@code scale.daily-active-users}. */
    String key() {
        return section().path() + "." + field();
    }

    /** True for the settings that toggle a feature rather than set a value. */
    boolean isFeature() {
        return feature != null;
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
