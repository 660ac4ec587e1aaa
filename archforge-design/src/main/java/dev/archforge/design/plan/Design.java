package dev.archforge.design.plan;

import dev.archforge.design.requirements.Requirements;
import java.util.List;
import java.util.NoSuchElementException;

/** The whole result of designing: the inputs, the decisions, the architecture and the numbers. */
public record Design(
        Requirements requirements,
        List<Decision> decisions,
        Architecture architecture,
        CapacityPlan capacity,
        List<Warning> warnings,
        List<Question> questions) {
    public Design {
        decisions = List.copyOf(decisions);
        warnings = List.copyOf(warnings);
        questions = List.copyOf(questions);
    }

    public Decision decision(String id) {
        return decisions.stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no decision '" + id + "'"));
    }
}
