package dev.archforge.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.mcp.catalog.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example designs the server lists are exactly examples/design/*.yaml, and each is in the jar. */
class ExamplesPackagedTest {
    @Test
    void theListMatchesTheFolder() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(Clients.REPO.resolve("examples/design"))) {
            assertThat(files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".yaml"))
                            .map(n -> n.substring(0, n.length() - ".yaml".length()))
                            .sorted())
                    .containsExactlyElementsOf(Resources.EXAMPLE_NAMES);
        }
        for (String name : Resources.EXAMPLE_NAMES) {
            assertThat(Resources.example(name)).contains("system:");
        }
    }
}
