package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import java.util.List;

/**
 * One thing a decision implies about a generated file: when the design decides X (read from the
 * typed architecture, the requirements or the capacity plan), file F contains Y. Each implication is
 * one class, registered in {@link Implications}.
 */
interface Implication {
    /** Stable kebab-case id, naming what must hold: {@code time-series-tables-are-split}. */
    String id();

    /** The implication in words: "when ..., ... has ...". */
    String statement();

    /** True when the design decides what this implication is about; false makes it hold trivially. */
    boolean applies(Design design);

    /** What the files lack, one message per miss naming the place; empty when they keep the decision. */
    List<String> broken(DesignFiles files);
}
