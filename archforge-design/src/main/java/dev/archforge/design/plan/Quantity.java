package dev.archforge.design.plan;

/**
 * One number of the capacity plan with the formula that produced it, so a reader can check it.
 *
 * @param id stable dotted id ({@code traffic.peak-rps})
 * @param formula the computation with the inputs substituted ("50,000 DAU × 40 actions / 86,400 s")
 */
public record Quantity(String id, String label, double value, String unit, String formula) {}
