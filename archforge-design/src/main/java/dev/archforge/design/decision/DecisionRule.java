package dev.archforge.design.decision;

/**
 * One architectural decision as code: reads the requirements, the load and what earlier rules
 * decided from the {@link DesignContext}, records its typed result there for later rules and
 * artifacts, and returns the choice with its reasoning. Annotated with {@link DecisionInfo}.
 */
public interface DecisionRule {
    Choice decide(DesignContext context);
}
