package dev.archforge.design.decision;

import dev.archforge.design.plan.Area;
import dev.archforge.design.requirements.RequirementKey;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a {@link DecisionRule} decides, on the class the way a lint rule carries its id: the stable
 * decision id (ADR file names derive from it), its area and title, and the requirement keys it reads
 * ({@link RequirementKey}), from which the questions about assumed values learn which decisions they affect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DecisionInfo {
    /** Kebab-case decision id, e.g. {@code architecture-style}. */
    String id();

    Area area();

    /** Title of the decision, e.g. "Architecture style". */
    String title();

    /** The requirement keys whose values can change this decision. */
    RequirementKey[] reads();
}
