package dev.archforge.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.model.Category;
import dev.archforge.model.Finding;
import dev.archforge.model.Location;
import dev.archforge.model.Review;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.RuleOption;
import dev.archforge.model.Setting;
import dev.archforge.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format against its golden file. Regenerate after an intended change with
 * {@code ./mvnw test -pl archforge-report -Darchforge.updateGolden=true} and review the diff.
 */
class ReportGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Review sample() {
        RuleDescriptor slash = new RuleDescriptor(
                "api-path-trailing-slash",
                "Path ends with a slash",
                Severity.WARNING,
                Category.NAMING,
                "0.1.0",
                List.of(),
                List.of(),
                "Remove the trailing '/' from the path.");
        RuleDescriptor query = new RuleDescriptor(
                "api-credentials-in-query",
                "Credentials travel in the query string",
                Severity.ERROR,
                Category.SECURITY,
                "0.1.0",
                List.of("owasp-api2"),
                List.of(new RuleOption("names", "api_key,token", "parameter names")),
                "Send credentials in a header.");
        RuleDescriptor summary = new RuleDescriptor(
                "api-operation-summary-missing",
                "Operation has no summary",
                Severity.INFO,
                Category.DOCUMENTATION,
                "0.1.0",
                List.of(),
                List.of(),
                "Add a summary.");
        RuleDescriptor notFound = new RuleDescriptor(
                "api-not-found-missing",
                "Operation on an item path declares no 404 response",
                Severity.INFO,
                Category.ERRORS,
                "0.1.0",
                List.of(),
                List.of(),
                "Declare a 404 response.");
        List<Location> related = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            related.add(new Location(
                    "owners.json", 10 + 5 * i, 7, 10 + 5 * i, 12, Optional.of("/paths/~1owners~1{id}/get" + i)));
        }
        related.add(Location.at("specs/pets api.yaml", 40, 5));
        List<Finding> findings = List.of(
                new Finding(
                        "api-not-found-missing",
                        Severity.INFO,
                        "7 of 7 operations on an item declare no 404 response",
                        new Location("owners.json", 2, 3, 2, 8, Optional.of("/paths")),
                        related),
                new Finding(
                        "api-path-trailing-slash",
                        Severity.WARNING,
                        "Path '/pets/' ends with '/'",
                        new Location("specs/pets api.yaml", 12, 3, 15, 20, Optional.of("/paths/~1pets~1"))),
                new Finding(
                        "api-credentials-in-query",
                        Severity.ERROR,
                        "Query parameter 'api_key' carries a credential, <50% | \"safe\"",
                        new Location(
                                "specs/pets api.yaml", 30, 9, 30, 20, Optional.of("/paths/~1pets~1/get/parameters/0"))),
                new Finding(
                        "api-operation-summary-missing",
                        Severity.INFO,
                        "Operation GET /owners has no summary, line\nbreak",
                        new Location("owners.json", 4, 5, 9, 6, Optional.of("/paths/~1owners/get"))));
        List<Setting> settings = List.of(
                new Setting("migrations", "offline", "service stopped: only table rewrites & data loss <all>"),
                Setting.of("profile", "strict"));
        return new Review(
                List.of("owners.json", "specs/pets api.yaml", "clean.yaml"),
                findings,
                List.of(query, notFound, summary, slash),
                List.of(),
                List.of(),
                settings);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void matchesGoldenFile(ReportFormat format) throws IOException {
        String actual = format.reporter().write(sample(), ReportOptions.PLAIN);
        Path golden = GOLDEN.resolve("review." + format.id());
        if (Boolean.getBoolean("archforge.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void isDeterministic(ReportFormat format) {
        assertThat(format.reporter().write(sample(), ReportOptions.PLAIN))
                .isEqualTo(format.reporter().write(sample(), ReportOptions.PLAIN));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void writesAnEmptyReview(ReportFormat format) {
        Review empty = new Review(List.of("clean.yaml"), List.of(), List.of());
        String out = format.reporter().write(empty, ReportOptions.PLAIN);
        assertThat(out).doesNotContain("api-");
        if (format == ReportFormat.TEXT) {
            assertThat(out).isEqualTo("0 findings (0 errors, 0 warnings, 0 info) in 1 file\n");
        }
    }
}
