package dev.archforge.design.artifact.docs;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.Scale;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code capacity.md}: the inputs, then every quantity with its value, unit and formula, by section. */
public final class CapacityContributor implements Contributor {
    public static final String PATH = "capacity.md";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, document(design));
    }

    static String document(Design design) {
        Scale s = design.requirements().scale();
        Markdown md = new Markdown()
                .heading(1, "Capacity plan of " + design.requirements().system().name())
                .paragraph("Every number is computed from "
                        + Markdown.code(design.requirements().file())
                        + "; the formula shows the inputs, so a changed input can be traced through. "
                        + "`decisions.json` carries the same quantities for tools.")
                .heading(2, "Inputs")
                .table(
                        List.of("Input", "Value"),
                        List.of(
                                List.of("Registered users", Text.number((double) s.registeredUsers())),
                                List.of("Daily active users", Text.number((double) s.dailyActiveUsers())),
                                List.of("Actions per user per day", Text.number(s.actionsPerUserPerDay())),
                                List.of(
                                        "Peak",
                                        s.peakRps().isPresent()
                                                ? Text.number(s.peakRps().getAsDouble()) + " requests/s"
                                                : "× " + Text.number(s.peakFactor()) + " the average"),
                                List.of("Reads", Text.number(s.readPercent()) + " %"),
                                List.of("Typical response", Text.number(s.payloadKb()) + " KB"),
                                List.of("User growth", Text.number(s.monthlyGrowthPercent()) + " % per month"),
                                List.of("Retention", s.retentionMonths() + " months")));
        for (CapacityPlan.Section section : design.capacity().sections()) {
            List<List<String>> rows = new ArrayList<>();
            for (Quantity q : section.quantities()) {
                rows.add(List.of(
                        q.label() + " (" + Markdown.code(q.id()) + ")", Text.number(q.value()), q.unit(), q.formula()));
            }
            md.heading(2, section.title()).table(List.of("Quantity", "Value", "Unit", "Formula"), rows);
        }
        return md.toString();
    }
}
