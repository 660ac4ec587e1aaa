package dev.archforge.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.model.Finding;
import dev.archforge.model.Location;
import dev.archforge.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static Finding finding(int line, String pointer, String message) {
        return new Finding(
                "api-x", Severity.ERROR, message, new Location("api.yaml", line, 1, line, 5, Optional.of(pointer)));
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
        assertThat(json).contains("\"version\" : 1").contains("\"fingerprint\"");
    }
}
