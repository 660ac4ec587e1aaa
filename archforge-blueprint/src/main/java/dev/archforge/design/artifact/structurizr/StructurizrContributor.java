package dev.archforge.design.artifact.structurizr;

import dev.archforge.design.artifact.diagram.C4Models;
import dev.archforge.design.artifact.docs.AdrFiles;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Design;
import java.util.Optional;

/**
 * Writes {@code workspace.dsl}, the Structurizr workspace of the design. It imports the blueprint's
 * root Markdown files as documentation and the {@code adr/} records as decisions, so Structurizr
 * shows the same explanations as the README.
 */
public final class StructurizrContributor implements Contributor {
    public static final String PATH = "workspace.dsl";

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, dsl(design));
    }

    static String dsl(Design design) {
        Optional<String> adrs = design.decisions().isEmpty() ? Optional.empty() : Optional.of(AdrFiles.FOLDER);
        return WorkspaceDsl.of(C4Models.of(design), Optional.of("."), adrs);
    }
}
