package dev.archforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Command-line scenarios, the way Spectral's test harness keeps them: each
 * {@code src/test/resources/scenarios/*.scenario} file holds the arguments, the exit status, and
 * the exact standard output and error. Regenerate after an intended change with
 * {@code -Darchforge.updateGolden=true} and review the diff.
 */
class ScenarioTest {
    static final Path DIR = Path.of("src/test/resources/scenarios");

    record Scenario(String comment, List<String> args, int exit, String stdout, String stderr) {
        static Scenario parse(String text) {
            String comment = "";
            List<String> args = List.of();
            int exit = -1;
            StringBuilder stdout = new StringBuilder();
            StringBuilder stderr = new StringBuilder();
            StringBuilder section = null;
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            for (String line : body.split("\n", -1)) {
                if (line.equals("--- stdout")) {
                    section = stdout;
                } else if (line.equals("--- stderr")) {
                    section = stderr;
                } else if (section != null) {
                    section.append(line).append('\n');
                } else if (line.startsWith("# ")) {
                    comment = line.substring(2);
                } else if (line.startsWith("args: ")) {
                    String joined = line.substring(6).trim();
                    args = joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\s+"));
                } else if (line.startsWith("exit: ")) {
                    exit = Integer.parseInt(line.substring(6).trim());
                }
            }
            return new Scenario(comment, args, exit, trimLast(stdout), trimLast(stderr));
        }

        private static String trimLast(StringBuilder sb) {
            return sb.length() == 0 ? "" : sb.substring(0, sb.length() - 1);
        }

        String render() {
            return "# " + comment + "\nargs: " + String.join(" ", args) + "\nexit: " + exit + "\n--- stdout\n" + stdout
                    + "\n--- stderr\n" + stderr + "\n";
        }
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".scenario"))
                    .sorted()
                    .toList()) {
                tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(10);
        return tests.stream();
    }

    private static void run(Path file) throws IOException {
        Scenario expected = Scenario.parse(Files.readString(file));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ArchforgeCommand.run(
                expected.args().toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), false);
        Scenario actual = new Scenario(expected.comment(), expected.args(), code, out.toString(), err.toString());
        if (Boolean.getBoolean("archforge.updateGolden")) {
            Files.writeString(file, actual.render());
            return;
        }
        assertThat(actual.stdout()).as("stdout of %s", file).isEqualTo(expected.stdout());
        assertThat(actual.stderr()).as("stderr of %s", file).isEqualTo(expected.stderr());
        assertThat(actual.exit()).as("exit status of %s", file).isEqualTo(expected.exit());
    }
}
