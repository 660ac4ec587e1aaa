package dev.archforge.design.decision;

/**
 * One architectural decision as code: reads the requirements, the load and what earlier rules
 * decided from the {@link DesignContext}, records its typed result there for later rules and
 * artifacts, and returns the choice with its reasoning. Annotated with {@link DecisionInfo}.
 */
public interface DecisionRule {
    /**
     * Whether the workload calls for this decision at all. The twenty core areas always apply; a
     * specialised one (a search engine, a ledger, a connection tier) applies only when the requirements
     * make it a question, so a small design is not padded with "not needed" records.
     */
    default boolean applies(DesignContext context) {
        return true;
    }

    Choice decide(DesignContext context);
}
