package dev.archforge.design.init.knowledge;

/**
 * The scale, team and constraints a kind of system typically has: the defaults a draft assumes until the
 * brief or an answer says otherwise. Start from {@link #typical()} and change what differs.
 *
 * @param activeShare daily active users over registered users (0.2: one in five signs in each day)
 * @param budgetPerMonth infrastructure budget in US dollars
 */
public record Profile(
        long dailyActiveUsers,
        double activeShare,
        double actionsPerUserPerDay,
        double peakFactor,
        double readPercent,
        double payloadKb,
        double monthlyGrowthPercent,
        int retentionMonths,
        int teamSize,
        double availability,
        int latencyP99Ms,
        int budgetPerMonth) {
    public Profile {
        if (dailyActiveUsers < 1 || !(activeShare > 0 && activeShare <= 1) || peakFactor < 1) {
            throw new IllegalArgumentException("profile needs users, a share in (0, 1] and a peak factor >= 1");
        }
        if (readPercent < 0 || readPercent > 100 || !(availability < 100) || teamSize < 1) {
            throw new IllegalArgumentException("profile read percent, availability or team size out of range");
        }
    }

    /** A new consumer product: ten thousand daily users, one in five of those registered. */
    public static Profile typical() {
        return new Profile(10_000, 0.2, 30, 4, 80, 4, 5, 36, 4, 99.9, 300, 1000);
    }

    public Profile dailyActiveUsers(long value) {
        return new Profile(
                value,
                activeShare,
                actionsPerUserPerDay,
                peakFactor,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                teamSize,
                availability,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile activeShare(double value) {
        return new Profile(
                dailyActiveUsers,
                value,
                actionsPerUserPerDay,
                peakFactor,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                teamSize,
                availability,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile actions(double perUserPerDay) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                perUserPerDay,
                peakFactor,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                teamSize,
                availability,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile peakFactor(double value) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                actionsPerUserPerDay,
                value,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                teamSize,
                availability,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile readPercent(double value) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                actionsPerUserPerDay,
                peakFactor,
                value,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                teamSize,
                availability,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile payloadKb(double value) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                actionsPerUserPerDay,
                peakFactor,
                readPercent,
                value,
                monthlyGrowthPercent,
                retentionMonths,
                teamSize,
                availability,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile monthlyGrowthPercent(double value) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                actionsPerUserPerDay,
                peakFactor,
                readPercent,
                payloadKb,
                value,
                retentionMonths,
                teamSize,
                availability,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile retentionMonths(int value) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                actionsPerUserPerDay,
                peakFactor,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                value,
                teamSize,
                availability,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile teamSize(int value) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                actionsPerUserPerDay,
                peakFactor,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                value,
                availability,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile availability(double value) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                actionsPerUserPerDay,
                peakFactor,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                teamSize,
                value,
                latencyP99Ms,
                budgetPerMonth);
    }

    public Profile latencyP99Ms(int value) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                actionsPerUserPerDay,
                peakFactor,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                teamSize,
                availability,
                value,
                budgetPerMonth);
    }

    public Profile budgetPerMonth(int value) {
        return new Profile(
                dailyActiveUsers,
                activeShare,
                actionsPerUserPerDay,
                peakFactor,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                teamSize,
                availability,
                latencyP99Ms,
                value);
    }
}
