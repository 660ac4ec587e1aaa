package dev.archforge.design.artifact.docs;

import dev.archforge.design.artifact.deploy.PlatformNotes;
import dev.archforge.design.artifact.diagram.C4Model;
import dev.archforge.design.artifact.diagram.C4Models;
import dev.archforge.design.artifact.diagram.MermaidC4;
import dev.archforge.design.artifact.diagram.MermaidEr;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code README.md}: what the system is for, its features and style, a paragraph of the key
 * decisions linking their ADRs, the C4 context and container diagrams and the ER diagram in Mermaid,
 * the decision table, how it is deployed, and an index of the blueprint's files.
 */
public final class ReadmeContributor implements Contributor {
    public static final String PATH = "README.md";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, document(design));
    }

    static String document(Design design) {
        Requirements req = design.requirements();
        C4Model c4 = C4Models.of(design);
        List<String> features = new ArrayList<>();
        for (Feature f : req.features()) {
            features.add(Markdown.code(f.id()));
        }
        Markdown md = new Markdown()
                .heading(1, req.system().name())
                .paragraph(Text.sentence(req.system().purpose()))
                .paragraph("Designed by Archforge from " + Markdown.code(req.file())
                        + ". The files of this folder agree with each other and with the decisions below: change the "
                        + "requirements and design again rather than editing one file alone.")
                .heading(2, "Overview")
                .bullets(List.of(
                        "Features: " + (features.isEmpty() ? "none declared" : String.join(", ", features)) + ".",
                        "Style: " + Summary.style(design) + ".",
                        "Actors: "
                                + String.join(
                                        ", ",
                                        req.actors().stream()
                                                .map(a -> Markdown.code(a.name()))
                                                .toList())
                                + "; entities: "
                                + String.join(
                                        ", ",
                                        req.entities().stream()
                                                .map(e -> Markdown.code(e.name()))
                                                .toList())
                                + "."))
                .heading(2, "Key decisions")
                .paragraph(Summary.paragraph(design))
                .heading(2, "System context")
                .code("mermaid", MermaidC4.context(c4))
                .heading(2, "Containers")
                .code("mermaid", MermaidC4.containers(c4))
                .heading(2, "Data model")
                .code("mermaid", MermaidEr.of(design));
        List<List<String>> rows = new ArrayList<>();
        for (Decision d : design.decisions()) {
            rows.add(List.of(d.area().title(), d.title(), d.choice(), AdrFiles.link(design, d)));
        }
        md.heading(2, "Decisions").table(List.of("Area", "Decision", "Choice", "ADR"), rows);
        List<List<String>> facts = FactsTable.rows(design);
        md.heading(2, "Facts")
                .paragraph("What the design rests on: stated in the brief (in its own words) or in "
                        + Markdown.code(req.file()) + ", or assumed. Every key of the file not listed here was"
                        + " stated in it.");
        if (!facts.isEmpty()) {
            md.table(List.of("Fact", "Value", "Source"), facts);
        }
        md.heading(2, "Deployment")
                .paragraph(PlatformNotes.of(design))
                .paragraph("Run it locally: `docker compose -f deploy/docker-compose.yml up --build`.");
        if (!design.warnings().isEmpty() || !design.questions().isEmpty()) {
            md.paragraph("**" + Text.count(design.questions().size(), "open question") + " and "
                    + Text.count(design.warnings().size(), "warning") + "** are listed in "
                    + Markdown.link("questions.md", "questions.md") + ".");
        }
        md.heading(2, "Files").table(List.of("Path", "What"), BlueprintIndex.rows(design));
        return md.toString();
    }
}
