/**
 * What the design engine produces, as values: decisions with their reasoning, the architecture they
 * add up to, and the capacity plan. Artifact contributors read only this package and the requirements.
 */
@NullMarked
package dev.archforge.design.plan;

import org.jspecify.annotations.NullMarked;
