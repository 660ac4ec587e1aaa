/**
 * The decision engine: one {@link dev.archforge.design.decision.DecisionRule} per area, run in the
 * order of an explicit registry, each recording a {@link dev.archforge.design.decision.Decision}
 * with its rationale, alternatives, trade-offs and revisit threshold.
 */
@NullMarked
package dev.archforge.design.decision;

import org.jspecify.annotations.NullMarked;
