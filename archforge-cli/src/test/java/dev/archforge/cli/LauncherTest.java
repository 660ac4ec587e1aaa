package dev.archforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./archforge} launcher, run against a stand-in Maven wrapper and a stand-in
 * {@code java} that record what they were asked: the first build shows a line per module, and a
 * moved checkout remakes the class-data archive instead of warning on every run.
 */
class LauncherTest {
    private static final String FAKE_MVNW = """
            #!/usr/bin/env bash
            echo "[INFO] Scanning for projects..."
            echo "[INFO] Building Archforge model 0.1.0-SNAPSHOT                        [1/2]"
            echo "[INFO] Building jar: /x/model.jar"
            echo "[INFO] Building Archforge command line 0.1.0-SNAPSHOT                 [2/2]"
            mkdir -p archforge-cli/target && echo jar > archforge-cli/target/archforge.jar
            """;
    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            echo "$*" >> "$JAVA_LOG"
            for a in "$@"; do
              case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#-XX:ArchiveClassesAtExit=}";; esac
            done
            """;

    @Test
    void showsALinePerModuleAndRemakesTheArchiveAfterTheCheckoutMoves(@TempDir Path dir) throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.copy(Path.of("../archforge"), first.resolve("archforge"));
        executable(first.resolve("archforge"), Files.readString(first.resolve("archforge")));
        executable(first.resolve("mvnw"), FAKE_MVNW);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("java"), FAKE_JAVA);
        Path log = dir.resolve("java.log");

        Result built = run(first, bin, log);
        assertThat(built.stderr()).isEqualTo("""
                        archforge: building the command line (first use or changed sources), one line per module...
                        archforge: building 1/2 Archforge model 0.1.0-SNAPSHOT
                        archforge: building 2/2 Archforge command line 0.1.0-SNAPSHOT
                        archforge: built
                        """);
        assertThat(archiveRuns(log)).isEqualTo(1);

        run(first, bin, log);
        assertThat(archiveRuns(log)).as("same place: the archive is reused").isEqualTo(1);

        Path moved = dir.resolve("moved");
        Files.move(first, moved);
        Result afterMove = run(moved, bin, log);
        assertThat(afterMove.stderr()).as("no rebuild, no warning").isEmpty();
        assertThat(archiveRuns(log)).as("moved: the archive is made again").isEqualTo(2);
        assertThat(Files.readString(moved.resolve("archforge-cli/target/archforge.jsa.jar")))
                .isEqualTo(moved.resolve("archforge-cli/target/archforge.jar").toString());
    }

    private record Result(int exit, String stderr) {}

    private static Result run(Path root, Path bin, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(root.resolve("archforge").toString(), "--version"));
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("JAVA_LOG", log.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), err);
    }

    private static long archiveRuns(Path log) throws IOException {
        return Files.readAllLines(log).stream()
                .filter(l -> l.contains("ArchiveClassesAtExit"))
                .count();
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
