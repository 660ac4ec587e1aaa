package dev.archforge.bench;

import dev.archforge.sql.ast.Statement;
import dev.archforge.sql.parse.RawStatement;
import dev.archforge.sql.parse.Script;
import dev.archforge.sql.parse.ScriptSplitter;
import dev.archforge.sql.parse.SqlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Splitting and parsing the whole SQL corpus: every {@code *.sql} and {@code *.sql.postgres} file
 * under {@code sql/schemas} and {@code sql/migrations}, read into memory once. One operation is the
 * whole corpus; setup prints its files, bytes and statements, so statements/s and MB/s are those
 * totals divided by the time per operation; iterations last 5 s because one operation takes a
 * large part of a second. Pass the corpus with {@code -Darchforge.corpus=...}
 * (default {@code ../shared/corpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class SqlParseBenchmark {
    private final List<String> texts = new ArrayList<>();

    @Setup
    public void load() throws IOException {
        Path sql = Path.of(System.getProperty("archforge.corpus", "../shared/corpus"), "sql");
        List<Path> files = new ArrayList<>();
        for (String group : List.of("schemas", "migrations")) {
            try (Stream<Path> walk = Files.walk(sql.resolve(group))) {
                walk.filter(p -> Files.isRegularFile(p)
                                && (p.toString().endsWith(".sql")
                                        || p.toString().endsWith(".sql.postgres")))
                        .sorted()
                        .forEach(files::add);
            }
        }
        long bytes = 0;
        long statements = 0;
        long meta = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            bytes += content.length;
            String text = new String(content, StandardCharsets.UTF_8);
            texts.add(text);
            for (RawStatement s : ScriptSplitter.split(text).statements()) {
                if (s.kind() == RawStatement.Kind.SQL) {
                    statements++;
                } else {
                    meta++;
                }
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no SQL files under " + sql);
        }
        System.out.printf(
                "%nSQL corpus: %d files, %d bytes, %d SQL statements and %d psql meta-commands per operation%n",
                files.size(), bytes, statements, meta);
    }

    @Benchmark
    public void split(Blackhole bh) {
        for (String text : texts) {
            bh.consume(ScriptSplitter.split(text));
        }
    }

    @Benchmark
    public void splitAndParse(Blackhole bh) {
        for (String text : texts) {
            Script script = ScriptSplitter.split(text);
            List<Statement> statements = SqlParser.parse(script);
            bh.consume(statements);
        }
    }
}
