package dev.archforge.design.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesTest {
    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Load.EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theSixExamplesAreThere() throws IOException {
        assertThat(examples())
                .extracting(p -> p.getFileName().toString())
                .containsExactly(
                        "b2b-saas.yaml",
                        "chat.yaml",
                        "fitness.yaml",
                        "internal-tool.yaml",
                        "marketplace.yaml",
                        "telemetry.yaml");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleLoads(Path example) {
        Requirements r = new RequirementsLoader().load(example);
        assertThat(r.file()).isEqualTo(example.toString());
        assertThat(r.entities()).isNotEmpty();
        assertThat(r.accessPatterns()).isNotEmpty();
    }
}
