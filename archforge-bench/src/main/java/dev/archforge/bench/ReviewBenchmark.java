package dev.archforge.bench;

import dev.archforge.lint.Config;
import dev.archforge.lint.RunResult;
import dev.archforge.openapi.OpenApiReviewer;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.openapi.load.OpenApiLoader;
import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.Document;
import dev.archforge.source.DocumentReader;
import dev.archforge.source.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths of {@code archforge review} on real documents from the shared corpus: parsing
 * bytes into the positioned tree, and parsing plus indexing plus every rule. Pass the corpus with
 * {@code -Darchforge.corpus=...} (default {@code ../shared/corpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public class ReviewBenchmark {
    @Param({"openai.json", "stripe.json", "digitalocean.yaml", "github-rest.json"})
    public String file;

    private Path path;
    private byte[] bytes;
    private final Config config = Config.empty(Path.of("."));

    @Setup
    public void load() throws IOException {
        path = Path.of(System.getProperty("archforge.corpus", "../shared/corpus"), "openapi", file);
        bytes = Files.readAllBytes(path);
    }

    @Benchmark
    public Document parse() {
        return new DocumentReader(Limits.DEFAULT).parse(file, bytes);
    }

    @Benchmark
    public ApiDocument parseAndIndex() {
        ApiDocument api = new OpenApiLoader(Limits.DEFAULT).load(path, file, InputKind.AUTO);
        api.schemas();
        api.operations();
        return api;
    }

    @Benchmark
    public RunResult review() {
        return new OpenApiReviewer(Limits.DEFAULT).review(path, file, InputKind.AUTO, config);
    }
}
