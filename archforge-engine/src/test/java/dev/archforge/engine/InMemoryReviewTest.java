package dev.archforge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.archforge.engine.review.ConfigSource;
import dev.archforge.engine.review.Deployment;
import dev.archforge.engine.review.FailOn;
import dev.archforge.engine.review.Outcome;
import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.engine.review.ReviewResult;
import dev.archforge.engine.review.SqlMode;
import dev.archforge.engine.review.SqlRun;
import dev.archforge.model.Finding;
import dev.archforge.model.InputProblem;
import dev.archforge.model.UsageException;
import dev.archforge.source.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Texts sent by a client are reviewed as files are, named as the client named them, and reach no disk. */
class InMemoryReviewTest {
    private final Engine engine = new Engine();

    @Test
    void anInMemoryDescriptionGivesTheFindingsOfTheSameFileOnDisk() throws Exception {
        Path file = Path.of("..", "examples", "bookstore.yaml");
        ReviewResult fromDisk =
                engine.review(ReviewRequest.builder().paths(List.of(file)).build());
        ReviewResult fromText = engine.review(ReviewRequest.builder()
                .text(file.toString().replace('\\', '/'), Files.readString(file))
                .build());
        assertThat(fromText.review().findings()).isEqualTo(fromDisk.review().findings());
        assertThat(fromText.review().rules()).isEqualTo(fromDisk.review().rules());
    }

    @Test
    void aReferenceToAnotherFileIsUnresolvedNotRead() {
        ReviewResult result =
                engine.review(ReviewRequest.builder().text("api.yaml", """
                        openapi: 3.0.3
                        info: {title: t, version: '1'}
                        paths:
                          /a:
                            get:
                              responses:
                                '200':
                                  $ref: '../../../../etc/passwd#/x'
                        """).build());
        assertThat(result.review().findings())
                .filteredOn(f -> f.ruleId().equals("api-ref-unresolved"))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("names another file");
    }

    @Test
    void sqlTextsAreOneMigrationHistoryAndTheRunSaysHow() {
        ReviewResult result = engine.review(ReviewRequest.builder()
                .sqlMode(SqlMode.MIGRATION)
                .migrations(Optional.of(Deployment.OFFLINE))
                .text("V1__init.sql", "CREATE TABLE account (id bigint PRIMARY KEY);\n")
                .text("V2__more.sql", "ALTER TABLE account ADD COLUMN name text NOT NULL DEFAULT '';\n")
                .build());
        assertThat(result.review().files()).containsExactly("V1__init.sql", "V2__more.sql");
        assertThat(result.sqlRuns()).containsExactly(new SqlRun(2, true, Deployment.OFFLINE));
    }

    @Test
    void sqlThatDoesNotParseIsInvalidInputLocatedInTheText() {
        ReviewResult result = engine.review(ReviewRequest.builder()
                .text(
                        "schema.sql",
                        "CREATE TABLE t (id int PRIMARY KEY);\nCREATE TABLE u (id bigint PRIMARY KEY account_id bigint);\n")
                .build());
        assertThat(result.outcome()).isEqualTo(Outcome.INVALID_INPUT);
        assertThat(result.review().errors())
                .extracting(InputProblem::describe)
                .singleElement()
                .asString()
                .startsWith("schema.sql:2:");
    }

    @Test
    void aTextOverTheSizeLimitIsRefusedWithItsName() {
        ReviewResult result = engine.review(ReviewRequest.builder()
                .limits(new Limits(10, 100, 1000, 10, 100))
                .text("big.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n")
                .build());
        assertThat(result.review().errors())
                .extracting(InputProblem::describe)
                .singleElement()
                .asString()
                .startsWith("big.yaml:1:1: text is");
    }

    @Test
    void failOnDecidesTheOutcome() {
        ReviewRequest.Builder request =
                ReviewRequest.builder().text("schema.sql", "CREATE TABLE t (id int PRIMARY KEY, price money);\n");
        assertThat(engine.review(request.failOn(Optional.of(FailOn.NEVER)).build())
                        .outcome())
                .isEqualTo(Outcome.PASSED);
        assertThat(engine.review(request.failOn(Optional.of(FailOn.INFO)).build())
                        .outcome())
                .isEqualTo(Outcome.FINDINGS);
    }

    @Test
    void aMissingConfigurationFileIsAUsageError() {
        assertThatThrownBy(() -> engine.review(ReviewRequest.builder()
                        .config(new ConfigSource.FromFile(Path.of("nope.yaml")))
                        .text("a.sql", "SELECT 1;\n")
                        .build()))
                .isInstanceOf(UsageException.class)
                .hasMessage("configuration file nope.yaml does not exist");
    }

    @Test
    void configurationIsNotDiscoveredAboveTheGivenTop(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".archforge.yaml"), "fail-on: never\n");
        Path project = Files.createDirectories(dir.resolve("project"));
        Path schema =
                Files.writeString(project.resolve("schema.sql"), "CREATE TABLE t (id int PRIMARY KEY, price money);\n");
        ReviewRequest.Builder request = ReviewRequest.builder().paths(List.of(schema));
        assertThat(engine.review(request.build()).threshold()).isEmpty();
        assertThat(engine.review(request.config(ConfigSource.discoverUnder(project))
                                .build())
                        .threshold())
                .contains(dev.archforge.model.Severity.ERROR);
    }
}
