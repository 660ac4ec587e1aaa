package dev.archforge.openapi.precision;

import dev.archforge.lint.Config;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.openapi.OpenApiReviewer;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.source.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The findings of the default rules on the shared OpenAPI corpus ({@code ../shared/corpus/openapi}
 * from the repository root), reviewed once per test run and shared by the precision and pinned
 * count tests.
 */
final class ApiCorpus {
    static final Path DIR = Path.of(System.getProperty("archforge.corpus", "../../shared/corpus"))
            .resolve("openapi");

    private static List<Finding> findings;

    private ApiCorpus() {}

    static boolean present() {
        return Files.isDirectory(DIR);
    }

    /** Every finding of every corpus document, sorted; file names are the documents' own names. */
    static synchronized List<Finding> findings() {
        if (findings == null) {
            List<Finding> all = new ArrayList<>();
            for (Path file : documents()) {
                RunResult result = new OpenApiReviewer(Limits.DEFAULT)
                        .review(file, file.getFileName().toString(), InputKind.AUTO, Config.empty(DIR));
                if (!result.failures().isEmpty()) {
                    throw new IllegalStateException("rules crashed on " + file + ": " + result.failures());
                }
                all.addAll(result.findings());
            }
            all.sort(null);
            findings = List.copyOf(all);
        }
        return findings;
    }

    static List<Path> documents() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(
                            p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
