package dev.archforge.design.init.knowledge;

/**
 * The scale, team and constraints a kind of system typically has: the defaults a draft assumes until the
 * brief or an answer says otherwise. Start from {@link #typical()} and change what differs with
 * {@link #toBuilder()}.
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
        return builder().build();
    }

    /** A builder at the {@link #typical()} values. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values, to change one or two. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dailyActiveUsers = dailyActiveUsers;
        b.activeShare = activeShare;
        b.actionsPerUserPerDay = actionsPerUserPerDay;
        b.peakFactor = peakFactor;
        b.readPercent = readPercent;
        b.payloadKb = payloadKb;
        b.monthlyGrowthPercent = monthlyGrowthPercent;
        b.retentionMonths = retentionMonths;
        b.teamSize = teamSize;
        b.availability = availability;
        b.latencyP99Ms = latencyP99Ms;
        b.budgetPerMonth = budgetPerMonth;
        return b;
    }

    /**
     * Builds a profile one value at a time; what is not set keeps its typical value. One place to add a
     * value, instead of a copy method per value that repeats every component. The profile's checks run in
     * {@link #build()}.
     */
    public static final class Builder {
        private long dailyActiveUsers = 10_000;
        private double activeShare = 0.2;
        private double actionsPerUserPerDay = 30;
        private double peakFactor = 4;
        private double readPercent = 80;
        private double payloadKb = 4;
        private double monthlyGrowthPercent = 5;
        private int retentionMonths = 36;
        private int teamSize = 4;
        private double availability = 99.9;
        private int latencyP99Ms = 300;
        private int budgetPerMonth = 1000;

        private Builder() {}

        public Builder dailyActiveUsers(long value) {
            this.dailyActiveUsers = value;
            return this;
        }

        public Builder activeShare(double value) {
            this.activeShare = value;
            return this;
        }

        public Builder actionsPerUserPerDay(double value) {
            this.actionsPerUserPerDay = value;
            return this;
        }

        public Builder peakFactor(double value) {
            this.peakFactor = value;
            return this;
        }

        public Builder readPercent(double value) {
            this.readPercent = value;
            return this;
        }

        public Builder payloadKb(double value) {
            this.payloadKb = value;
            return this;
        }

        public Builder monthlyGrowthPercent(double value) {
            this.monthlyGrowthPercent = value;
            return this;
        }

        public Builder retentionMonths(int value) {
            this.retentionMonths = value;
            return this;
        }

        public Builder teamSize(int value) {
            this.teamSize = value;
            return this;
        }

        public Builder availability(double value) {
            this.availability = value;
            return this;
        }

        public Builder latencyP99Ms(int value) {
            this.latencyP99Ms = value;
            return this;
        }

        public Builder budgetPerMonth(int value) {
            this.budgetPerMonth = value;
            return this;
        }

        /**
         * The profile.
         *
         * @throws IllegalArgumentException when a value is out of range
         */
        public Profile build() {
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
                    budgetPerMonth);
        }
    }
}
