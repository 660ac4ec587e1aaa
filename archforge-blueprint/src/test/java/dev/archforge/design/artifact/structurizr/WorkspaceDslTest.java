package dev.archforge.design.artifact.structurizr;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.Workspace;
import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.model.Container;
import com.structurizr.model.SoftwareSystem;
import dev.archforge.design.artifact.docs.AdrContributor;
import dev.archforge.design.artifact.docs.ReadmeContributor;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Design;
import dev.archforge.design.testing.SampleDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workspace.dsl} parses with the real Structurizr DSL parser, ADRs and docs included. */
class WorkspaceDslTest {
    @TempDir
    Path dir;

    private Workspace parse(Design design) throws Exception {
        Blueprint blueprint = new Blueprint();
        new ReadmeContributor().contribute(design, blueprint);
        new AdrContributor().contribute(design, blueprint);
        new StructurizrContributor().contribute(design, blueprint);
        for (Map.Entry<String, String> f : blueprint.files().entrySet()) {
            Path target = dir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue());
        }
        StructurizrDslParser parser = new StructurizrDslParser();
        parser.parse(dir.resolve(StructurizrContributor.PATH).toFile());
        return parser.getWorkspace();
    }

    @Test
    void parsesWithContainersDecisionsAndViews() throws Exception {
        Workspace workspace = parse(SampleDesigns.fitness());
        SoftwareSystem system = workspace.getModel().getSoftwareSystemWithName("fittrack");
        assertThat(system).isNotNull();
        assertThat(system.getContainers().stream().map(Container::getName).sorted())
                .containsExactly("API gateway", "PostgreSQL", "Redis", "fittrack API");
        assertThat(workspace.getModel().getPeople()).hasSize(3);
        assertThat(workspace.getModel().getSoftwareSystems()).hasSize(3);
        assertThat(system.getDocumentation().getDecisions()).hasSize(1);
        assertThat(system.getDocumentation().getDecisions().iterator().next().getTitle())
                .isEqualTo("Architecture style: Modular monolith");
        assertThat(system.getDocumentation().getSections()).isNotEmpty();
        assertThat(workspace.getViews().getSystemContextViews()).hasSize(1);
        assertThat(workspace.getViews().getContainerViews()).hasSize(1);
        assertThat(workspace.getModel().getRelationships()).isNotEmpty();
    }

    @Test
    void parsesTheMicroservicesVariant() throws Exception {
        Design design = dev.archforge.design.artifact.TestDesignsAccess.kubernetesMicroservices();
        Workspace workspace = parse(design);
        SoftwareSystem system = workspace.getModel().getSoftwareSystemWithName("fittrack");
        assertThat(system.getContainers()).hasSize(8);
        assertThat(system.getContainerWithName("Apache Kafka").getTags()).contains("Queue");
        assertThat(system.getDocumentation().getDecisions()).hasSize(2);
    }
}
