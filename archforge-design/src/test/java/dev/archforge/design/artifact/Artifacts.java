package dev.archforge.design.artifact;

import dev.archforge.design.artifact.deploy.CiWorkflowContributor;
import dev.archforge.design.artifact.deploy.ComposeContributor;
import dev.archforge.design.artifact.deploy.DockerfileContributor;
import dev.archforge.design.artifact.deploy.KubernetesContributor;
import dev.archforge.design.artifact.docs.AdrContributor;
import dev.archforge.design.artifact.docs.CapacityContributor;
import dev.archforge.design.artifact.docs.DecisionsJsonContributor;
import dev.archforge.design.artifact.docs.OperationsContributor;
import dev.archforge.design.artifact.docs.QuestionsContributor;
import dev.archforge.design.artifact.docs.ReadmeContributor;
import dev.archforge.design.artifact.docs.SecurityContributor;
import dev.archforge.design.artifact.structurizr.StructurizrContributor;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Design;
import java.util.List;

/** The contributors of this helper's packages, and a blueprint written by all of them. */
final class Artifacts {
    static final List<Contributor> CONTRIBUTORS = List.of(
            new ReadmeContributor(),
            new DecisionsJsonContributor(),
            new AdrContributor(),
            new CapacityContributor(),
            new SecurityContributor(),
            new OperationsContributor(),
            new QuestionsContributor(),
            new DockerfileContributor(),
            new ComposeContributor(),
            new KubernetesContributor(),
            new CiWorkflowContributor(),
            new StructurizrContributor());

    private Artifacts() {}

    static Blueprint blueprint(Design design) {
        Blueprint blueprint = new Blueprint();
        for (Contributor c : CONTRIBUTORS) {
            c.contribute(design, blueprint);
        }
        return blueprint;
    }
}
