/**
 * The monthly cost of a design: what it runs ({@link dev.archforge.design.cost.Footprint}, from the
 * architecture and the capacity plan), the unit prices it assumes ({@link dev.archforge.design.cost.Prices},
 * read from {@code prices.yaml}), and the estimate line by line ({@link dev.archforge.design.cost.CostModel}).
 * The budget warning and {@code cost.md} both read this one computation.
 */
@NullMarked
package dev.archforge.design.cost;

import org.jspecify.annotations.NullMarked;
