package dev.archforge.design.plan;

import java.util.List;

/**
 * One architectural decision, in the shape of an ADR.
 *
 * @param id stable kebab-case id ({@code architecture-style}); ADR file names derive from it
 * @param choice what was decided, one line ("Modular monolith")
 * @param rationale why, naming the inputs that drove it
 * @param drivers the requirement keys and values that drove it ({@code team.size = 6})
 * @param tradeoffs what this choice costs, accepted knowingly
 * @param revisitWhen the threshold that would change it ("past ~3 teams, split payments out")
 */
public record Decision(
        String id,
        Area area,
        String title,
        String choice,
        String rationale,
        List<String> drivers,
        List<Alternative> alternatives,
        List<String> tradeoffs,
        String revisitWhen) {
    public Decision {
        if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("decision id must be kebab-case, got '" + id + "'");
        }
        drivers = List.copyOf(drivers);
        alternatives = List.copyOf(alternatives);
        tradeoffs = List.copyOf(tradeoffs);
    }
}
