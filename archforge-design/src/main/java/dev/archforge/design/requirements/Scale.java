package dev.archforge.design.requirements;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How much load the system carries. Capacity is computed from these.
 *
 * @param peakFactor peak over average request rate; ignored when {@code peakRps} is given
 * @param readPercent share of requests that read, 0-100
 * @param payloadKb typical response size
 * @param monthlyGrowthPercent growth of users per month
 * @param concurrentConnections open realtime connections at peak, when stated
 * @param requestsPerDay all requests of a day, when stated that way: replaces users × actions
 * @param tenants customer organisations of a multi-tenant system, when stated
 */
public record Scale(
        long registeredUsers,
        long dailyActiveUsers,
        double actionsPerUserPerDay,
        double peakFactor,
        OptionalDouble peakRps,
        double readPercent,
        double payloadKb,
        double monthlyGrowthPercent,
        int retentionMonths,
        OptionalLong concurrentConnections,
        OptionalDouble requestsPerDay,
        OptionalLong tenants) {
    /** A scale of the first format: no connections, daily requests or tenants stated. */
    public Scale(
            long registeredUsers,
            long dailyActiveUsers,
            double actionsPerUserPerDay,
            double peakFactor,
            OptionalDouble peakRps,
            double readPercent,
            double payloadKb,
            double monthlyGrowthPercent,
            int retentionMonths) {
        this(
                registeredUsers,
                dailyActiveUsers,
                actionsPerUserPerDay,
                peakFactor,
                peakRps,
                readPercent,
                payloadKb,
                monthlyGrowthPercent,
                retentionMonths,
                OptionalLong.empty(),
                OptionalDouble.empty(),
                OptionalLong.empty());
    }
}
