package dev.archforge.design.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.blueprint.Blueprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every artifact of the test designs against its golden file under {@code golden/<design>/}. After an
 * intended change, regenerate with {@code ./mvnw -o -pl archforge-blueprint -am test
 * -Dtest=BlueprintGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Darchforge.updateGolden=true} and review the diff.
 */
class BlueprintGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"fitness", "fitness-k8s"})
    void matchesGoldenFiles(String name) throws IOException {
        Blueprint blueprint = Artifacts.blueprint(TestDesigns.all().get(name));
        Path root = GOLDEN.resolve(name);
        if (Boolean.getBoolean("archforge.updateGolden")) {
            if (Files.exists(root)) {
                try (Stream<Path> old = Files.walk(root)) {
                    for (Path p :
                            old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> f : blueprint.files().entrySet()) {
                Path target = root.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue());
            }
        }
        List<String> golden;
        try (Stream<Path> files = Files.walk(root)) {
            golden = files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(blueprint.files().keySet()).containsExactlyElementsOf(golden);
        for (Map.Entry<String, String> f : blueprint.files().entrySet()) {
            assertThat(f.getValue()).as(f.getKey()).isEqualTo(Files.readString(root.resolve(f.getKey())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fitness", "fitness-k8s"})
    void isDeterministic(String name) {
        assertThat(Artifacts.blueprint(TestDesigns.all().get(name)).files())
                .isEqualTo(Artifacts.blueprint(TestDesigns.all().get(name)).files());
    }
}
