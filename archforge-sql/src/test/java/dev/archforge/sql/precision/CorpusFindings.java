package dev.archforge.sql.precision;

import dev.archforge.lint.Config;
import dev.archforge.model.Finding;
import dev.archforge.model.Location;
import dev.archforge.source.Limits;
import dev.archforge.sql.SqlReviewer;
import dev.archforge.sql.rules.ReviewMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The findings of a review of the shared SQL corpus, the way a user would run it: each schema
 * file (or schema folder) in schema mode, each migration folder in migration mode. File names are
 * relative to the corpus's {@code sql} folder, so fingerprints do not depend on where the corpus
 * sits. Reviewed once per test JVM: the precision and pinned-count tests share it.
 */
final class CorpusFindings {
    static final Path CORPUS = Path.of(System.getProperty("archforge.corpus", "../../shared/corpus"))
            .resolve("sql");

    private static List<Finding> cached;

    private CorpusFindings() {}

    static boolean present() {
        return Files.isDirectory(CORPUS);
    }

    static synchronized List<Finding> all() {
        if (cached == null) {
            cached = List.copyOf(review());
        }
        return cached;
    }

    private static List<Finding> review() {
        List<Finding> out = new ArrayList<>();
        for (Path schema : list(CORPUS.resolve("schemas"), false)) {
            out.addAll(review(schema, ReviewMode.SCHEMA));
        }
        for (Path folder : list(CORPUS.resolve("migrations"), true)) {
            out.addAll(review(folder, ReviewMode.MIGRATION));
        }
        out.sort(null);
        return out;
    }

    private static List<Finding> review(Path input, ReviewMode mode) {
        Config config = Config.empty(CORPUS.toAbsolutePath());
        List<Path> files = SqlReviewer.expand(List.of(input), config);
        String prefix = CORPUS.toString().replace('\\', '/') + "/";
        return new SqlReviewer(Limits.DEFAULT)
                .reviewFiles(files, mode, config).findings().stream()
                        .map(f -> relative(f, prefix))
                        .toList();
    }

    private static Finding relative(Finding f, String prefix) {
        Location l = f.location();
        String file = l.file().startsWith(prefix) ? l.file().substring(prefix.length()) : l.file();
        return new Finding(
                f.ruleId(),
                f.severity(),
                f.message(),
                new Location(file, l.line(), l.column(), l.endLine(), l.endColumn(), l.pointer()));
    }

    private static List<Path> list(Path folder, boolean folders) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> !folders || Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
