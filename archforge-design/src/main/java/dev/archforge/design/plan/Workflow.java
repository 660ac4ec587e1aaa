package dev.archforge.design.plan;

import java.util.List;

/**
 * A process that spans several components or an external provider, run as a saga: each step commits
 * locally and a failure runs the compensating steps.
 *
 * @param entity the entity whose lifecycle the process drives
 * @param participants the components and external actors that take part, the entity's own first
 * @param timeoutMinutes how long a step may wait for an external party before the saga compensates
 */
public record Workflow(String entity, List<String> participants, Coordination coordination, int timeoutMinutes) {
    public Workflow {
        participants = List.copyOf(participants);
    }

    /** Who drives the steps. */
    public enum Coordination {
        /** A workflow engine (Temporal) keeps the state and the timers. */
        ORCHESTRATION_ENGINE,
        /** A process table, one row per running instance, advanced by outbox events and a timeout sweeper. */
        PROCESS_TABLE,
        /** Participants react to each other's events; no coordinator. */
        CHOREOGRAPHY
    }
}
