package dev.archforge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.model.Finding;
import dev.archforge.model.Fingerprint;
import dev.archforge.model.Location;
import dev.archforge.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static Finding finding(int line, String pointer, String message) {
        return new Finding(
                "api-x", Severity.ERROR, message, new Location("api.yaml", line, 1, line, 5, Optional.of(pointer)));
    }

    @Test
    void theBaselineFingerprintIgnoresCountsWhileTheExactOneKeepsThem() {
        Finding twelve = finding(10, "/paths/~1a", "used by 12 operations");
        Finding thirteen = finding(10, "/paths/~1a", "used by 13 operations");
        assertThat(Fingerprint.of(twelve)).isEqualTo(Fingerprint.of(thirteen));
        assertThat(Fingerprint.exact(twelve)).isNotEqualTo(Fingerprint.exact(thirteen));
    }

    @Test
    void hidesKnownFindingsEvenWhenTheirLinesMove(@TempDir Path dir) {
        Path file = dir.resolve("baseline.json");
        Baseline.writeTo(
                file,
                List.of(
                        finding(10, "/paths/~1a", "old"),
                        finding(20, "/paths/~1b", "twice"),
                        finding(21, "/paths/~1b", "twice")));
        Baseline baseline = Baseline.read(file);
        Finding moved = finding(42, "/paths/~1a", "old");
        Finding fresh = finding(10, "/paths/~1c", "new");
        Finding third = finding(22, "/paths/~1b", "twice");
        assertThat(baseline.newFindings(List.of(
                        moved, fresh, finding(20, "/paths/~1b", "twice"), finding(21, "/paths/~1b", "twice"), third)))
                .containsExactly(fresh, third);
    }

    @Test
    void writesOneSortedEntryPerFinding() {
        String json = Baseline.write(List.of(finding(2, "/b", "second"), finding(1, "/a", "first")));
        assertThat(json.indexOf("first")).isLessThan(json.indexOf("second"));
        // version 2: fingerprints without counts, files relative to the baseline's folder
        assertThat(json).contains("\"version\" : 2").contains("\"fingerprint\"");
    }

    @Test
    void namesFilesRelativeToTheBaselineSoAnyWorkingFolderMatches(@TempDir Path dir) throws Exception {
        Path api = dir.resolve("api/openapi.yaml").toAbsolutePath();
        Path baselineFile = dir.resolve("ci/baseline.json");
        Finding fromRoot = new Finding(
                "api-x", Severity.ERROR, "m", new Location(api.toString(), 3, 1, 3, 5, Optional.of("/paths")));
        String json = Baseline.write(List.of(fromRoot), baselineFile);
        assertThat(json).contains("\"file\" : \"../api/openapi.yaml\"");
        Path folder = Objects.requireNonNull(baselineFile.getParent());
        Files.createDirectories(folder);
        Baseline.writeTo(folder.resolve("b.json"), List.of(fromRoot));
        Baseline read = Baseline.read(folder.resolve("b.json"));
        assertThat(read.newFindings(List.of(fromRoot))).isEmpty();
    }

    @Test
    void countsInTheMessageDoNotMakeAnOldFindingNew(@TempDir Path dir) {
        Path file = dir.resolve("baseline.json");
        Baseline.writeTo(file, List.of(finding(5, "/components/schemas/Pet", "Schema used by 12 operations")));
        Finding grown = finding(9, "/components/schemas/Pet", "Schema used by 130 operations");
        Finding other = finding(9, "/components/schemas/Pet", "Schema used by 130 callbacks");
        assertThat(Baseline.read(file).newFindings(List.of(grown, other))).containsExactly(other);
    }
}
