/**
 * The design engine's entry point: {@link dev.archforge.design.Designer} turns requirements into a
 * {@link dev.archforge.design.plan.Design} (decisions, architecture, capacity plan, warnings and
 * questions).
 */
@NullMarked
package dev.archforge.design;

import org.jspecify.annotations.NullMarked;
