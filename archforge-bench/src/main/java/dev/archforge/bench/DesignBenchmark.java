package dev.archforge.bench;

import dev.archforge.design.Blueprints;
import dev.archforge.design.Designer;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.RequirementsLoader;
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
 * {@code archforge design} in process on the example requirements: loading the file, deciding, and
 * rendering every artifact of the blueprint. Pass the examples folder with
 * {@code -Darchforge.examples=...} (default {@code examples/design}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class DesignBenchmark {
    @Param({"fitness", "marketplace", "b2b-saas"})
    public String example;

    private String name;
    private byte[] bytes;
    private Requirements requirements;

    @Setup
    public void load() throws IOException {
        name = example + ".yaml";
        bytes = Files.readAllBytes(Path.of(System.getProperty("archforge.examples", "examples/design"), name));
        requirements = new RequirementsLoader().parse(name, bytes);
    }

    @Benchmark
    public Design decide() {
        return new Designer().design(requirements);
    }

    @Benchmark
    public Blueprint loadDecideAndRender() {
        return Blueprints.render(new Designer().design(new RequirementsLoader().parse(name, bytes)));
    }
}
