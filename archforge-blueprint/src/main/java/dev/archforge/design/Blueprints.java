package dev.archforge.design;

import dev.archforge.design.artifact.deploy.CiWorkflowContributor;
import dev.archforge.design.artifact.deploy.ComposeContributor;
import dev.archforge.design.artifact.deploy.DockerfileContributor;
import dev.archforge.design.artifact.deploy.KubernetesContributor;
import dev.archforge.design.artifact.docs.AdrContributor;
import dev.archforge.design.artifact.docs.CapacityContributor;
import dev.archforge.design.artifact.docs.CostContributor;
import dev.archforge.design.artifact.docs.DecisionsJsonContributor;
import dev.archforge.design.artifact.docs.FailureModesContributor;
import dev.archforge.design.artifact.docs.OperationsContributor;
import dev.archforge.design.artifact.docs.QuestionsContributor;
import dev.archforge.design.artifact.docs.ReadmeContributor;
import dev.archforge.design.artifact.docs.RisksContributor;
import dev.archforge.design.artifact.docs.RoadmapContributor;
import dev.archforge.design.artifact.docs.SecurityContributor;
import dev.archforge.design.artifact.openapi.OpenApiContributor;
import dev.archforge.design.artifact.sql.SqlContributor;
import dev.archforge.design.artifact.structurizr.StructurizrContributor;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Design;
import java.util.List;

/**
 * Every artifact of a blueprint, as an explicit registry: one contributor per artifact, each writing
 * its files from the {@link Design}. Order does not matter for the result (the blueprint is sorted by
 * path); it is alphabetical by artifact here so the list reads like the folder.
 */
public final class Blueprints {
    /** The contributors, one per artifact. */
    public static final List<Contributor> CONTRIBUTORS = List.of(
            new AdrContributor(),
            new CapacityContributor(),
            new CiWorkflowContributor(),
            new ComposeContributor(),
            new CostContributor(),
            new DecisionsJsonContributor(),
            new DockerfileContributor(),
            new FailureModesContributor(),
            new KubernetesContributor(),
            new OpenApiContributor(),
            new OperationsContributor(),
            new QuestionsContributor(),
            new ReadmeContributor(),
            new RisksContributor(),
            new RoadmapContributor(),
            new SecurityContributor(),
            new SqlContributor(),
            new StructurizrContributor());

    private Blueprints() {}

    /** The whole blueprint of a design. */
    public static Blueprint render(Design design) {
        Blueprint blueprint = new Blueprint();
        for (Contributor contributor : CONTRIBUTORS) {
            contributor.contribute(design, blueprint);
        }
        return blueprint;
    }
}
