package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.RequirementKey;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The values of a {@link Profile} as a knowledge file names them: the requirement key a value becomes
 * in a draft where there is one ({@code peak-factor}), else its own name ({@code active-share},
 * {@code team-size}).
 */
enum ProfileKey {
    DAILY_ACTIVE_USERS(RequirementKey.DAILY_ACTIVE_USERS.key()),
    ACTIVE_SHARE("active-share"),
    ACTIONS_PER_USER(RequirementKey.ACTIONS_PER_USER.key()),
    PEAK_FACTOR(RequirementKey.PEAK_FACTOR.key()),
    READ_PERCENT(RequirementKey.READ_PERCENT.key()),
    PAYLOAD_KB(RequirementKey.PAYLOAD_KB.key()),
    MONTHLY_GROWTH(RequirementKey.MONTHLY_GROWTH.key()),
    RETENTION_MONTHS(RequirementKey.RETENTION_MONTHS.key()),
    TEAM_SIZE("team-size"),
    AVAILABILITY(RequirementKey.AVAILABILITY.key()),
    LATENCY(RequirementKey.LATENCY.key()),
    BUDGET(RequirementKey.BUDGET.key());

    private final String key;

    ProfileKey(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(ProfileKey::key).toList();
    }

    static Optional<ProfileKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    double get(Profile p) {
        return switch (this) {
            case DAILY_ACTIVE_USERS -> p.dailyActiveUsers();
            case ACTIVE_SHARE -> p.activeShare();
            case ACTIONS_PER_USER -> p.actionsPerUserPerDay();
            case PEAK_FACTOR -> p.peakFactor();
            case READ_PERCENT -> p.readPercent();
            case PAYLOAD_KB -> p.payloadKb();
            case MONTHLY_GROWTH -> p.monthlyGrowthPercent();
            case RETENTION_MONTHS -> p.retentionMonths();
            case TEAM_SIZE -> p.teamSize();
            case AVAILABILITY -> p.availability();
            case LATENCY -> p.latencyP99Ms();
            case BUDGET -> p.budgetPerMonth();
        };
    }

    /**
     * {@code p} with this value set to {@code value}.
     *
     * @throws IllegalArgumentException when a count is not a whole number, or the profile refuses the value
     */
    Profile with(Profile p, BigDecimal value) {
        Profile.Builder b = p.toBuilder();
        switch (this) {
            case DAILY_ACTIVE_USERS -> b.dailyActiveUsers(whole(value));
            case ACTIVE_SHARE -> b.activeShare(value.doubleValue());
            case ACTIONS_PER_USER -> b.actionsPerUserPerDay(value.doubleValue());
            case PEAK_FACTOR -> b.peakFactor(value.doubleValue());
            case READ_PERCENT -> b.readPercent(value.doubleValue());
            case PAYLOAD_KB -> b.payloadKb(value.doubleValue());
            case MONTHLY_GROWTH -> b.monthlyGrowthPercent(value.doubleValue());
            case RETENTION_MONTHS -> b.retentionMonths(Math.toIntExact(whole(value)));
            case TEAM_SIZE -> b.teamSize(Math.toIntExact(whole(value)));
            case AVAILABILITY -> b.availability(value.doubleValue());
            case LATENCY -> b.latencyP99Ms(Math.toIntExact(whole(value)));
            case BUDGET -> b.budgetPerMonth(Math.toIntExact(whole(value)));
        }
        return b.build();
    }

    private long whole(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    "expected a whole number for '" + key + "', found " + value.toPlainString());
        }
        return value.longValueExact();
    }
}
