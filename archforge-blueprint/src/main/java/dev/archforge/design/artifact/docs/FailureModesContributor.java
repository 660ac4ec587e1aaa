package dev.archforge.design.artifact.docs;

import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Design;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code failure-modes.md}: for every dependency the design has, what fails, which access
 * patterns and components it reaches, the alert that shows it and how the design limits it.
 */
public final class FailureModesContributor implements Contributor {
    public static final String PATH = "failure-modes.md";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, document(design));
    }

    static String document(Design design) {
        List<FailureMode> modes = FailureModes.of(design);
        Markdown md = new Markdown()
                .heading(1, "Failure modes of " + design.requirements().system().name())
                .paragraph("What each dependency of the design does when it fails, how far it reaches, how it is"
                        + " noticed (the alerts of " + Markdown.link("operations.md", "operations.md") + ") and what"
                        + " limits it. Decisions: "
                        + SecurityContributor.orNone(AdrFiles.links(design, Area.AVAILABILITY, Area.RECOVERY)) + ".");
        List<List<String>> rows = new ArrayList<>();
        for (FailureMode m : modes) {
            rows.add(List.of(m.dependency(), m.fails()));
        }
        md.table(List.of("Dependency", "Fails when"), rows);
        for (FailureMode m : modes) {
            md.heading(2, m.dependency())
                    .bullets(List.of(
                            "**Fails:** " + m.fails(),
                            "**Blast radius:** " + m.blastRadius(),
                            "**Detection:** " + Text.sentence(Text.upperFirst(m.detection())),
                            "**Mitigation:** " + m.mitigation()));
        }
        return md.toString();
    }
}
