package dev.archforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code archforge design} end to end: what it writes and prints is the checked-in example blueprint. */
class DesignCommandTest {
    private static final Path EXAMPLE = Path.of("../examples/design/fitness.yaml");
    private static final Path BLUEPRINT = Path.of("../examples/design/fitness");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ArchforgeCommand.run(args, new PrintWriter(out), new PrintWriter(err), false);
        return new Run(code, out.toString(), err.toString());
    }

    /** The golden blueprint names its input as a user in that folder would: {@code fitness.yaml}. */
    private static String asGolden(String text) {
        return text.replace(EXAMPLE.toString(), "fitness.yaml");
    }

    @Test
    void writesTheExampleBlueprintFileForFile() throws IOException {
        Path out = dir.resolve("blueprint");

        Run run = run("design", EXAMPLE.toString(), "--out", out.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Blueprint written to " + out + " (41 files).");
        List<Path> expected;
        try (Stream<Path> files = Files.walk(BLUEPRINT)) {
            expected = files.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(expected).hasSize(41);
        for (Path golden : expected) {
            Path written = out.resolve(BLUEPRINT.relativize(golden).toString());
            assertThat(asGolden(Files.readString(written))).as("%s", written).isEqualTo(Files.readString(golden));
        }
    }

    @Test
    void printsTheDecisionsAsJsonForTools() throws IOException {
        Run run = run("design", EXAMPLE.toString(), "--format", "json");

        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(asGolden(run.out()).strip())
                .isEqualTo(Files.readString(BLUEPRINT.resolve("decisions.json")).strip());
    }

    @Test
    void refusesAnUnknownFormat() {
        Run run = run("design", EXAMPLE.toString(), "--format", "xml");

        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("archforge: unknown format 'xml', expected text or json\n");
    }
}
