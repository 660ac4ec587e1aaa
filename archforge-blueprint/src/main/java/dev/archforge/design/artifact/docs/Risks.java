package dev.archforge.design.artifact.docs;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.cost.CostModel;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Question;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.requirements.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * The design's risks: its warnings, the assumed inputs decisions read, the revisit thresholds growth
 * reaches within {@link Thresholds#HORIZON_MONTHS} months, and what {@code init} noted.
 */
final class Risks {
    private Risks() {}

    static List<Risk> of(Design design) {
        List<Risk> out = new ArrayList<>();
        for (Warning w : design.warnings()) {
            out.add(new Risk(
                    Risk.Source.WARNING,
                    w.message() + " (" + Markdown.code(w.id()) + " at "
                            + Markdown.code(w.location().toString()) + ")",
                    "Certain: the requirements say so",
                    impact(design, w),
                    mitigation(w)));
        }
        for (Question q : design.questions()) {
            List<String> links = new ArrayList<>();
            for (String id : q.affects()) {
                links.add(design.decisions().stream()
                        .filter(d -> d.id().equals(id))
                        .findFirst()
                        .map(d -> AdrFiles.link(design, d))
                        .orElse(Markdown.code(id)));
            }
            out.add(new Risk(
                    Risk.Source.ASSUMPTION,
                    Markdown.code(q.key()) + " is assumed to be " + q.assumed() + ", not confirmed",
                    "Unknown until answered",
                    links.isEmpty()
                            ? "No decision reads it"
                            : "An answer can change " + Text.count(links.size(), "decision") + ": "
                                    + String.join(", ", links),
                    q.text() + " Set " + Markdown.code(q.key()) + " in "
                            + Markdown.code(design.requirements().file()) + " and design again."));
        }
        double growth = design.requirements().scale().monthlyGrowthPercent();
        for (Threshold t : Thresholds.of(design)) {
            if (t.within(Thresholds.HORIZON_MONTHS)) {
                Decision d = t.decision();
                out.add(new Risk(
                        Risk.Source.THRESHOLD,
                        d.title() + ": " + t.metric() + " past ~" + Numbers.format(t.limit()) + " " + t.unit(),
                        Text.upperFirst(t.whenText(growth)) + " (" + t.todayText() + ")",
                        "The decision (" + d.choice() + ", " + AdrFiles.link(design, d) + ") is due for revisiting",
                        d.revisitWhen()));
            }
        }
        out.addAll(initRisks(design));
        return out;
    }

    /** The risks {@code init} noted in the brief. */
    static List<Risk> initRisks(Design design) {
        List<Risk> out = new ArrayList<>();
        for (String risk : design.requirements().brief().risks()) {
            out.add(new Risk(
                    Risk.Source.INIT,
                    risk,
                    "Noted from the brief",
                    "Depends on how the system is built",
                    "Read against the decisions; " + Markdown.code("archforge init")
                            + " noted it from the brief's words."));
        }
        return out;
    }

    private static String impact(Design design, Warning w) {
        Constraints c = design.requirements().constraints();
        return switch (w.id()) {
            case "over-budget", "availability-over-budget", "budget-zero" -> {
                long typical = CostModel.of(design.requirements(), design.architecture(), design.capacity())
                        .typical();
                int budget = c.budgetPerMonth().orElse(0);
                yield Text.usd(typical - budget) + " a month over budget; the stated budget is " + Text.usd(budget)
                        + " (" + Markdown.link("cost.md", "cost.md") + ")";
            }
            case "connections-exceed-budget" ->
                Quantities.value(design, "database.connections-at-max")
                        .flatMap(at -> Quantities.value(design, "database.connection-budget")
                                .map(budget -> Text.number(at) + " connections at the ceiling against "
                                        + Text.number(budget) + " the database allows"))
                        .orElse("More connections than the database allows");
            case "availability-single-region" ->
                "A regional outage stops the system for up to the "
                        + design.architecture().recovery().rtoMinutes() + "-minute RTO";
            case "residency-region" -> "Data stored outside the " + c.dataResidency() + " residency";
            case "rto-below-failover" -> "A failover takes longer than the " + c.rtoMinutes() + "-minute RTO";
            case "card-data-stored" -> "PCI DSS scope covers every system that touches the data";
            case "secret-not-sensitive" -> "The API returns the value";
            default -> "See " + Markdown.link("questions.md", "questions.md");
        };
    }

    private static String mitigation(Warning w) {
        return switch (w.id()) {
            case "over-budget", "availability-over-budget", "budget-zero" ->
                "Raise "
                        + Markdown.code("constraints.budget-per-month") + ", lower the targets, or take the cheapest"
                        + " credible option in " + Markdown.link("cost.md", "cost.md") + ".";
            case "connections-exceed-budget" ->
                "PgBouncer in transaction mode in front of the database; the" + " design includes it.";
            case "availability-single-region" ->
                "Allow a second region in " + Markdown.code("constraints.regions") + ", or lower "
                        + Markdown.code("constraints.availability") + ".";
            case "residency-region" ->
                "Drop the region from " + Markdown.code("constraints.regions") + " or change "
                        + Markdown.code("constraints.data-residency") + ".";
            case "rto-below-failover" ->
                "Raise " + Markdown.code("constraints.rto-minutes") + " to at least " + FailureModes.FAILOVER_MINUTES
                        + ", or accept the gap.";
            case "rpo-zero-without-standby" -> "The design adds a synchronous standby.";
            case "card-data-stored" -> "Store the payment provider's token instead of card data.";
            case "secret-not-sensitive" -> "Mark the field " + Markdown.code("sensitive") + ".";
            default ->
                "Change the requirement at " + Markdown.code(w.location().toString())
                        + ", or accept the risk knowingly.";
        };
    }
}
