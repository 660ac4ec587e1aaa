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

    /**
     * Statements keep where their tokens are, not the tokens, and read them again when asked: on
     * every corpus file without COPY data, what they read again is what one reading of the whole
     * file gives in their place.
     */
    @Test
    void tokensReadAgainMatchOneReadingOfTheWholeFile() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS);
        List<Path> files;
        try (var walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        int statements = 0;
        List<String> differences = new ArrayList<>();
        for (Path file : files) {
            String sql = Files.readString(file, StandardCharsets.UTF_8);
            Script script = ScriptSplitter.split(sql);
            if (script.statements().stream().anyMatch(s -> s.copyData().isPresent())) {
                continue;
            }
            List<Token> once = Lexer.tokenize(sql);
            int i = 0;
            for (RawStatement s : script.statements()) {
                while (i < once.size() && once.get(i).offset() < s.offset()) {
                    i++;
                }
                List<Token> expected = new ArrayList<>();
                for (int j = i; j < once.size() && once.get(j).offset() < s.endOffset(); j++) {
                    if (s.kind() == RawStatement.Kind.PSQL_META || once.get(j).kind() != TokenKind.PSQL_META) {
                        expected.add(once.get(j));
                    }
                }
                statements++;
                if (!s.tokens().equals(expected)) {
                    differences.add(CORPUS.relativize(file) + ":" + s.line());
                }
            }
        }
        System.out.println("tokens read again agree on " + (statements - differences.size()) + " of " + statements
                + " statements");
        assertThat(statements).isGreaterThan(20_000);
        assertThat(differences).isEmpty();
    }
}
