package dev.archforge.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.model.InputProblem;
import dev.archforge.model.Skipped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File-system trouble inside a reviewed folder is reported and passed over; the rest is still found. */
class InputFilesTest {
    @Test
    void aLinkLoopAndSpecialFilesInAFolderAreReportedAndTheRestFound(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("api"));
        Files.writeString(folder.resolve("openapi.yaml"), "openapi: 3.0.3\n");
        Files.writeString(folder.resolve("V1__init.sql"), "CREATE TABLE t (id int PRIMARY KEY);\n");
        Files.writeString(folder.resolve("V1__init.down.sql"), "DROP TABLE t;\n");
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        Files.createSymbolicLink(folder.resolve("gone.yaml"), folder.resolve("nowhere.yaml"));
        assertThat(new ProcessBuilder("mkfifo", folder.resolve("pipe.json").toString())
                        .start()
                        .waitFor())
                .isZero();

        InputFiles.Inputs inputs = InputFiles.classify(List.of(folder), false);

        assertThat(inputs.apis()).extracting(InputFiles.Input::path).containsExactly(folder.resolve("openapi.yaml"));
        assertThat(inputs.sqlSets()).containsExactly(List.of(folder.resolve("V1__init.sql")));
        assertThat(inputs.problems())
                .extracting(InputProblem::message)
                .containsExactly("cannot read: a symbolic link loop");
        assertThat(inputs.skipped())
                .extracting(Skipped::reason)
                .containsExactlyInAnyOrder(
                        "a down or undo migration, not run when migrating up",
                        "a symbolic link to nothing",
                        "not a regular file (a device, FIFO or socket)");
    }

    @Test
    void aDeviceNamedDirectlyIsAProblemNotAnInput() {
        InputFiles.Inputs inputs = InputFiles.classify(List.of(Path.of("/dev/urandom")), false);
        assertThat(inputs.apis()).isEmpty();
        assertThat(inputs.problems())
                .extracting(InputProblem::describe)
                .hasSize(1)
                .allMatch(d -> d.startsWith("/dev/urandom:1:1: not a regular file"));
    }
}
