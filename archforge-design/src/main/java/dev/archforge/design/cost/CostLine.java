package dev.archforge.design.cost;

/**
 * One line of the estimate: an item, how many units it takes in a typical month (minimum replicas,
 * average traffic) and in a month at peak (autoscaling ceilings, peak traffic), and what that costs.
 *
 * @param what the line's name ("Instances of sensorgrid", "PostgreSQL read replicas")
 * @param basis how the units were counted, with the numbers ("45–118 replicas × 1 region")
 * @param typicalUsd whole US dollars a month; {@code peakUsd} likewise
 */
public record CostLine(
        Item item, String what, String basis, double typicalUnits, double peakUnits, long typicalUsd, long peakUsd) {}
