package dev.archforge.design.requirements;

import java.util.OptionalDouble;

/**
 * How much load the system carries. Capacity is computed from these.
 *
 * @param peakFactor peak over average request rate; ignored when {@code peakRps} is given
 * @param readPercent share of requests that read, 0-100
 * @param payloadKb typical response size
 * @param monthlyGrowthPercent growth of users per month
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
        int retentionMonths) {}
