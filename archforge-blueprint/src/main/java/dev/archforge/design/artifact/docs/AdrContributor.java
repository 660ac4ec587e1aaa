package dev.archforge.design.artifact.docs;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Alternative;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one MADR 4 record per decision ({@code adr/NNNN-<kebab title>.md}) and the index
 * {@code adr/README.md}. The front matter carries the status only, so Structurizr's MADR importer
 * reads the records and no date makes two runs differ.
 */
public final class AdrContributor implements Contributor {
    @Override
    public void contribute(Design design, Blueprint blueprint) {
        List<List<String>> rows = new ArrayList<>();
        for (Decision d : design.decisions()) {
            String file = AdrFiles.fileName(AdrFiles.number(design, d), d);
            blueprint.add(AdrFiles.FOLDER + "/" + file, record(design, d));
            rows.add(List.of(
                    Markdown.link(String.format(Locale.ROOT, "%04d", AdrFiles.number(design, d)), file),
                    d.area().title(),
                    d.title(),
                    d.choice()));
        }
        blueprint.add(
                AdrFiles.FOLDER + "/README.md",
                new Markdown()
                        .heading(1, "Architecture decision records")
                        .paragraph("One record per decision of "
                                + design.requirements().system().name()
                                + ", in MADR format, numbered in the order the decisions were made. "
                                + Markdown.link("decisions.json", "../decisions.json")
                                + " holds the same decisions for tools.")
                        .table(List.of("ADR", "Area", "Decision", "Choice"), rows)
                        .toString());
    }

    static String record(Design design, Decision d) {
        String system = design.requirements().system().name();
        List<String> options = new ArrayList<>();
        options.add(d.choice());
        d.alternatives().forEach(a -> options.add(a.option()));
        List<String> consequences = new ArrayList<>();
        if (!d.drivers().isEmpty()) {
            consequences.add(
                    "Good, because the choice follows from the drivers: " + String.join(", ", d.drivers()) + ".");
        }
        d.tradeoffs().forEach(t -> consequences.add("Bad, because " + Text.sentence(Text.lowerFirst(t))));
        Markdown md = new Markdown()
                .paragraph("---\nstatus: accepted\n---")
                .heading(1, d.title() + ": " + d.choice())
                .heading(2, "Context and Problem Statement")
                .paragraph(Text.sentence(design.requirements().system().purpose()) + " " + system
                        + " needs a decision on its " + Text.lowerFirst(d.title()) + " (area: "
                        + d.area().title()
                        + "). The inputs that bear on it are the decision drivers below.")
                .heading(2, "Decision Drivers")
                .bullets(d.drivers().stream().map(Markdown::code).toList())
                .heading(2, "Considered Options")
                .bullets(options)
                .heading(2, "Decision Outcome")
                .paragraph("Chosen option: \"" + d.choice() + "\", because "
                        + Text.sentence(Text.lowerFirst(d.rationale())))
                .heading(3, "Consequences")
                .bullets(consequences)
                .heading(3, "Revisit when")
                .paragraph(Text.sentence(d.revisitWhen()));
        if (!d.alternatives().isEmpty()) {
            md.heading(2, "Pros and Cons of the Options");
            for (Alternative a : d.alternatives()) {
                md.heading(3, a.option())
                        .bullets(List.of("Bad, because " + Text.sentence(Text.lowerFirst(a.whyNot()))));
            }
        }
        return md.heading(2, "More Information")
                .paragraph("Decision " + Markdown.code(d.id()) + " of the "
                        + Markdown.link(system + " blueprint", "../README.md")
                        + "; every decision is listed in the " + Markdown.link("index", "README.md")
                        + " and, for tools, in " + Markdown.link("decisions.json", "../decisions.json") + ".")
                .toString();
    }
}
