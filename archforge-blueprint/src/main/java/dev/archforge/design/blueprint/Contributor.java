package dev.archforge.design.blueprint;

import dev.archforge.design.plan.Design;

/**
 * Writes one artifact of the blueprint from the design. Contributors do not read each other's
 * output: each derives what it needs from the {@link Design}, through {@code Names} where names must
 * agree.
 */
public interface Contributor {
    void contribute(Design design, Blueprint blueprint);
}
