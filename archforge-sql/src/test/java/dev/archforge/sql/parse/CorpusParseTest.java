package dev.archforge.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archforge.sql.ast.ParseProblem;
import dev.archforge.sql.ast.PsqlMeta;
import dev.archforge.sql.ast.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every PostgreSQL file of the corpus and prints the parse coverage (statements parsed
 * against parse problems) with the most common problems. MySQL and Go-template files are left out
 * of the figure. Skips when the corpus is absent.
 */
class CorpusParseTest {
    static final Path CORPUS = CorpusSplitTest.CORPUS;

    static boolean isPostgres(Path file) {
        String p = file.toString().replace('\\', '/');
        return !p.contains("sakila-mysql")
                && !p.contains("supabase-auth")
                && !p.endsWith(".down.sql")
                && !p.endsWith("/down.sql");
    }

    @Test
    void parseCoverageOnPostgresFilesIsAtLeast995PerMille() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".sql") || p.toString().endsWith(".sql.postgres"))
                    .filter(CorpusParseTest::isPostgres)
                    .sorted()
                    .toList();
        }
        long parsed = 0;
        long problems = 0;
        Map<String, List<String>> byMessage = new TreeMap<>();
        for (Path file : files) {
            List<Statement> statements = SqlParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            for (Statement s : statements) {
                if (s instanceof PsqlMeta) {
                    continue;
                }
                if (s instanceof ParseProblem p) {
                    problems++;
                    byMessage
                            .computeIfAbsent(p.keywords() + ": " + p.message(), k -> new ArrayList<>())
                            .add(CORPUS.relativize(file) + ":" + p.at().line() + ":" + p.at().column());
                } else {
                    parsed++;
                }
            }
        }
        double coverage = 100.0 * parsed / Math.max(1, parsed + problems);
        System.out.printf(
                "parse coverage on %d PostgreSQL files: %d of %d statements parsed, %d problems (%.2f %%)%n",
                files.size(), parsed, parsed + problems, problems, coverage);
        byMessage.entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .limit(Integer.getInteger("archforge.problems", 15))
                .forEach(e -> System.out.println("  " + e.getValue().size() + "x " + e.getKey() + "  e.g. "
                        + e.getValue().get(0)));
        assertThat(coverage).isGreaterThanOrEqualTo(99.5);
    }
}
