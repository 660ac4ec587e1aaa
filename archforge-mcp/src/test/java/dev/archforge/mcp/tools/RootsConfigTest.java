package dev.archforge.mcp.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.engine.review.ConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review through the server finds its configuration only inside the root that holds the input. */
class RootsConfigTest {
    @Test
    void discoveryStopsAtTheInnermostRootHoldingThePath(@TempDir Path dir) throws Exception {
        Path outer = dir.toRealPath();
        Path project = Files.createDirectories(outer.resolve("project"));
        Path api = Files.writeString(project.resolve("api.yaml"), "openapi: 3.0.3\n");
        Roots roots = Roots.of(List.of(outer.toUri().toString(), project.toUri().toString()), outer);

        assertThat(roots.configFor(api)).isEqualTo(new ConfigSource.Discover(Optional.of(project)));
    }

    @Test
    void withoutDeclaredRootsTheWorkingFolderBoundsIt(@TempDir Path dir) throws Exception {
        Path work = dir.toRealPath();
        Path api = Files.writeString(work.resolve("api.yaml"), "openapi: 3.0.3\n");
        Roots roots = Roots.of(List.of(), work);

        assertThat(roots.configFor(api)).isEqualTo(new ConfigSource.Discover(Optional.of(work)));
    }
}
