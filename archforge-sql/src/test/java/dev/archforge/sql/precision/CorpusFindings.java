package dev.archforge.sql.precision;

import dev.archforge.lint.Config;
import dev.archforge.model.Finding;
import dev.archforge.model.Location;
import dev.archforge.source.Limits;
import dev.archforge.sql.SqlReviewer;
import dev.archforge.sql.rules.Migrations;
import dev.archforge.sql.rules.ReviewMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The findings of a review of the shared SQL corpus, the way a user would run it: each schema
 * file (or schema folder) in schema mode, each migration folder in migration mode. File names are
 * relative to the corpus's {@code sql} folder, so fingerprints do not depend on where the corpus
 * sits. Each migration folder is reviewed with the {@code migrations:} setting its project's
 * documented upgrade calls for, its {@code live-since:} version and its {@code large-tables:}
 * ({@code precision/corpus-settings.tsv}). Reviewed once per test JVM: the precision and pinned-count tests share it.
 */
final class CorpusFindings {
    static final Path CORPUS = Path.of(System.getProperty("archforge.corpus", "../../shared/corpus"))
            .resolve("sql");

    static final Path SETTINGS = Path.of("src/test/resources/precision/corpus-settings.tsv");

    private static final Setting ONLINE = new Setting(Migrations.ONLINE, Optional.empty(), Optional.empty());

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
        Map<String, Setting> settings = settings();
        List<Finding> out = new ArrayList<>();
        for (Path schema : list(CORPUS.resolve("schemas"), false)) {
            out.addAll(review(schema, ReviewMode.SCHEMA, ONLINE));
        }
        for (Path folder : list(CORPUS.resolve("migrations"), true)) {
            String group = CORPUS.relativize(folder).toString().replace('\\', '/');
            out.addAll(review(folder, ReviewMode.MIGRATION, settings.getOrDefault(group, ONLINE)));
        }
        out.sort(null);
        return out;
    }

    /**
     * The {@code migrations:}, {@code live-since:} and {@code large-tables:} settings per corpus
     * group, from {@code precision/corpus-settings.tsv}.
     */
    record Setting(Migrations migrations, Optional<String> liveSince, Optional<List<String>> largeTables) {}

    static Map<String, Setting> settings() {
        Map<String, Setting> out = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(SETTINGS, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(
                        f[0],
                        new Setting(
                                Migrations.parse(f[1]).orElseThrow(),
                                f[2].equals("-") ? Optional.empty() : Optional.of(f[2]),
                                f[3].equals("-") ? Optional.empty() : Optional.of(List.of(f[3].split(",")))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Finding> review(Path input, ReviewMode mode, Setting setting) {
        Config config = Config.builder(CORPUS.toAbsolutePath())
                .liveSince(setting.liveSince())
                .largeTables(setting.largeTables())
                .build();
        List<Path> files = SqlReviewer.expand(List.of(input), config);
        String prefix = CORPUS.toString().replace('\\', '/') + "/";
        return new SqlReviewer(Limits.DEFAULT)
                .reviewFiles(files, mode, setting.migrations(), config).findings().stream()
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
