package dev.archforge.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archforge.lint.Config;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.source.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real API in the shared corpus loads and is reviewed by every rule without a crash. Prints
 * the count per rule, which is how rules are calibrated. Skips when the corpus is absent.
 */
class CorpusReviewTest {
    static final Path CORPUS = Path.of(System.getProperty("archforge.corpus", "../../shared/corpus"))
            .resolve("openapi");

    @TestFactory
    Stream<DynamicTest> everyCorpusDocumentIsReviewedWithoutACrash() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS);
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList()
                    .stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> review(p)));
        }
    }

    private static void review(Path file) {
        RunResult result = new OpenApiReviewer(Limits.DEFAULT)
                .review(file, file.getFileName().toString(), InputKind.AUTO, Config.empty(CORPUS));
        assertThat(result.failures()).as("rules that crashed on %s", file).isEmpty();
        Map<String, Long> perRule = result.findings().stream()
                .collect(Collectors.groupingBy(
                        f -> f.ruleId() + " " + f.severity().id(), TreeMap::new, Collectors.counting()));
        System.out.println(
                "corpus " + file.getFileName() + ": " + result.findings().size() + " findings " + perRule);
        for (Finding f : result.findings()) {
            assertThat(f.location().file()).isNotBlank();
        }
    }
}
