package dev.archforge.design.artifact.docs;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code risks.md}: the design's warnings, the assumed inputs its decisions read, the revisit
 * thresholds growth reaches soon, and the risks {@code init} noted, each with likelihood, impact and
 * mitigation.
 */
public final class RisksContributor implements Contributor {
    public static final String PATH = "risks.md";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, document(design));
    }

    static String document(Design design) {
        List<Risk> risks = Risks.of(design);
        Markdown md = new Markdown()
                .heading(1, "Risks of " + design.requirements().system().name())
                .paragraph("What could make this design wrong or expensive, from the warnings, the assumed inputs, "
                        + "the decisions' revisit thresholds that growth reaches within "
                        + Thresholds.HORIZON_MONTHS + " months (the " + Markdown.link("roadmap.md", "roadmap.md")
                        + " has all of them) and the brief. " + Text.count(risks.size(), "risk") + " in all.");
        for (Risk.Source source : Risk.Source.values()) {
            List<List<String>> rows = new ArrayList<>();
            for (Risk r : risks) {
                if (r.source() == source) {
                    rows.add(List.of(r.risk(), r.likelihood(), r.impact(), r.mitigation()));
                }
            }
            md.heading(2, source.title());
            if (rows.isEmpty()) {
                md.paragraph("None.");
            } else {
                md.table(List.of("Risk", "Likelihood", "Impact", "Mitigation"), rows);
            }
        }
        return md.toString();
    }
}
