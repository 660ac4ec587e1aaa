package dev.archforge.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The splitter agrees with the statement counts of the corpus manifest, which on files without
 * psql meta-commands, templates or COPY data are PostgreSQL's own (libpg_query's splitter). Skips
 * when the corpus is absent.
 */
class CorpusSplitTest {
    static final Path CORPUS = Path.of(System.getProperty("archforge.corpus", "../../shared/corpus"))
            .resolve("sql");

    @Test
    void statementCountsMatchPostgresSplitter() throws IOException {
        Path manifest = CORPUS.resolve("MANIFEST-files.tsv");
        assumeTrue(Files.isRegularFile(manifest), "corpus not present at " + CORPUS);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        List<String> rows = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t");
            if (cells.length < 7 || !cells[6].equals("0") || cells[0].contains("supabase-auth")) {
                continue;
            }
            Script script = ScriptSplitter.split(Files.readString(CORPUS.resolve(cells[0]), StandardCharsets.UTF_8));
            if (script.statements().stream().anyMatch(s -> s.copyData().isPresent())) {
                continue;
            }
            compared++;
            long sql = script.statements().stream()
                    .filter(s -> s.kind() == RawStatement.Kind.SQL)
                    .count();
            if (sql != Long.parseLong(cells[2])) {
                mismatches.add(cells[0] + ": " + sql + " statements, manifest says " + cells[2]);
            }
        }
        System.out.println("splitter agrees with the manifest on " + (compared - mismatches.size()) + " of " + compared
                + " files");
        assertThat(compared).isGreaterThan(1000);
        assertThat(mismatches).isEmpty();
    }
}
