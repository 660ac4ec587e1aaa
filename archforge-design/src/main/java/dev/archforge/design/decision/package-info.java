/**
 * The decision engine: one {@link dev.archforge.design.decision.DecisionRule} per decision, run in
 * the order of the explicit registry {@link dev.archforge.design.decision.DecisionRules}, each
 * recording a typed part of the architecture in the {@link dev.archforge.design.decision.DesignContext}
 * and a {@link dev.archforge.design.plan.Decision} with its rationale, drivers, alternatives,
 * trade-offs and revisit threshold. {@link dev.archforge.design.requirements.RequirementKey} names the
 * requirement keys rules read, from which questions learn which decisions an answer changes.
 */
@NullMarked
package dev.archforge.design.decision;

import org.jspecify.annotations.NullMarked;
