package dev.archforge.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.model.Category;
import dev.archforge.model.Finding;
import dev.archforge.model.Location;
import dev.archforge.model.Review;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A finding for one root cause keeps every place in JSON and SARIF; the other formats name its first places,
 * and text counts the findings it leaves out.
 */
class GroupedFindingTest {
    private static final RuleDescriptor NOT_FOUND = new RuleDescriptor(
            "api-not-found-missing",
            "Operation on an item path declares no 404 response",
            Severity.INFO,
            Category.ERRORS,
            "0.1.0",
            List.of(),
            List.of(),
            "Declare a 404 response.");

    private static Review grouped() {
        Finding f = new Finding(
                "api-not-found-missing",
                Severity.INFO,
                "2 of 2 operations on one item declare no 404 response",
                new Location("api.yaml", 3, 1, 3, 6, Optional.of("/paths")),
                List.of(
                        new Location("api.yaml", 5, 5, 5, 8, Optional.of("/paths/~1pets~1{id}/get")),
                        new Location("api.yaml", 9, 5, 9, 11, Optional.of("/paths/~1pets~1{id}/delete"))));
        return new Review(List.of("api.yaml"), List.of(f), List.of(NOT_FOUND));
    }

    @Test
    void jsonKeepsEveryPlace() {
        String json = ReportFormat.JSON.reporter().write(grouped(), ReportOptions.PLAIN);
        assertThat(json)
                .contains("\"relatedLocations\"")
                .contains("\"pointer\": \"/paths/~1pets~1{id}/get\"")
                .contains("\"pointer\": \"/paths/~1pets~1{id}/delete\"");
    }

    @Test
    void sarifKeepsEveryPlaceAsRelatedLocations() {
        String sarif = ReportFormat.SARIF.reporter().write(grouped(), ReportOptions.PLAIN);
        assertThat(sarif)
                .contains("\"relatedLocations\"")
                .contains("\"id\": 1")
                .contains("\"id\": 2")
                .contains("\"fullyQualifiedName\": \"/paths/~1pets~1{id}/delete\"");
    }

    @Test
    void findingsOfOnePlaceHaveNoRelatedLocations() {
        Finding one = new Finding(
                "api-not-found-missing",
                Severity.INFO,
                "GET /pets/{id} declares no 404",
                Location.at("api.yaml", 5, 5));
        Review review = new Review(List.of("api.yaml"), List.of(one), List.of(NOT_FOUND));
        assertThat(ReportFormat.JSON.reporter().write(review, ReportOptions.PLAIN))
                .doesNotContain("relatedLocations");
        assertThat(ReportFormat.SARIF.reporter().write(review, ReportOptions.PLAIN))
                .doesNotContain("relatedLocations");
    }

    @Test
    void textShowsTwentyLinesOfARulePerFileAndCountsTheRest() {
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= 25; line++) {
            findings.add(new Finding(
                    "api-not-found-missing",
                    Severity.INFO,
                    "op " + line + " declares no 404",
                    Location.at("a.yaml", line, 1)));
        }
        findings.add(new Finding("api-not-found-missing", Severity.INFO, "other file", Location.at("b.yaml", 1, 1)));
        Review review = new Review(List.of("a.yaml", "b.yaml"), findings, List.of(NOT_FOUND));
        String text = ReportFormat.TEXT.reporter().write(review, ReportOptions.PLAIN);
        assertThat(text)
                .contains("a.yaml:20:1 info api-not-found-missing op 20 declares no 404\n")
                .doesNotContain("op 21 declares")
                .contains(
                        "a.yaml: api-not-found-missing: and 5 more\n\nb.yaml:1:1 info api-not-found-missing other file\n")
                .endsWith("26 findings (0 errors, 0 warnings, 26 info) in 2 files\n");
    }

    @Test
    void textNamesTheFirstPlacesOnAnIndentedLineUnderTheFinding() {
        assertThat(ReportFormat.TEXT.reporter().write(grouped(), ReportOptions.PLAIN))
                .startsWith("api.yaml:3:1 info api-not-found-missing 2 of 2 operations on one item declare no 404"
                        + " response\n  Also at 5:5, 9:5\n\n");
    }

    @Test
    void markdownNamesTheFirstPlacesUnderTheMessage() {
        assertThat(ReportFormat.MARKDOWN.reporter().write(grouped(), ReportOptions.PLAIN))
                .contains(
                        "| `api.yaml:3:1` | 2 of 2 operations on one item declare no 404 response<br>Also at 5:5, 9:5 |\n");
    }

    @Test
    void junitFailureTextNamesTheFirstPlaces() {
        assertThat(ReportFormat.JUNIT.reporter().write(grouped(), ReportOptions.PLAIN))
                .contains(">api.yaml:3:1 info api-not-found-missing 2 of 2 operations on one item declare no 404"
                        + " response&#10;Also at 5:5, 9:5</failure>");
    }

    @Test
    void githubMakesOneAnnotationWhoseMessageNamesTheFirstPlaces() {
        String github = ReportFormat.GITHUB.reporter().write(grouped(), ReportOptions.PLAIN);
        assertThat(github)
                .isEqualTo("::notice file=api.yaml,line=3,col=1,endLine=3,endColumn=6,title=api-not-found-missing::"
                        + "2 of 2 operations on one item declare no 404 response%0AAlso at 5:5, 9:5\n");
    }

    @Test
    void namesFivePlacesThenCountsTheRestAndWritesTheFileOfAPlaceInAnother() {
        List<Location> related = new ArrayList<>();
        for (int line = 10; line <= 16; line++) {
            related.add(Location.at("api.yaml", line, 3));
        }
        related.add(1, Location.at("shared/errors.yaml", 4, 1));
        Finding f = new Finding(
                "api-not-found-missing",
                Severity.INFO,
                "8 of 8 operations declare no 404 response",
                Location.at("api.yaml", 1, 1),
                related);
        assertThat(RelatedPlaces.line(f))
                .isEqualTo("Also at 10:3, shared/errors.yaml:4:1, 11:3, 12:3, 13:3 and 3 more");
        assertThat(RelatedPlaces.line(new Finding(
                        "api-not-found-missing", Severity.INFO, "one place", Location.at("api.yaml", 1, 1))))
                .isEmpty();
    }
}
