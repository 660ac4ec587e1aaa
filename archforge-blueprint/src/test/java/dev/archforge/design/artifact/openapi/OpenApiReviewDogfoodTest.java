package dev.archforge.design.artifact.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.DesignVariants;
import dev.archforge.design.plan.Design;
import dev.archforge.design.testing.SampleDesigns;
import dev.archforge.lint.Config;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.model.Severity;
import dev.archforge.openapi.OpenApiReviewer;
import dev.archforge.openapi.load.InputKind;
import dev.archforge.source.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dogfood: the generated API description passes Archforge's own API review, as {@code archforge
 * review api/openapi.yaml} runs it, with no error and no warning.
 */
class OpenApiReviewDogfoodTest {
    @TempDir
    Path dir;

    static List<Finding> review(String yaml, Path dir) throws IOException {
        Path file = dir.resolve("openapi.yaml");
        Files.writeString(file, yaml);
        RunResult result =
                new OpenApiReviewer(Limits.DEFAULT).review(file, "openapi.yaml", InputKind.OPENAPI, Config.empty(dir));
        assertThat(result.failures()).isEmpty();
        return result.findings();
    }

    private List<Finding> problems(Design design) throws IOException {
        List<Finding> findings = review(OpenApiContributorTest.generate(design), dir);
        return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    /**
     * The review is live: an operation without an operationId in the same kind of file is reported
     * (a collection without pagination was the known problem until issue #10 put
     * api-collection-not-paginated in the strict profile).
     */
    @Test
    void harnessReportsAKnownProblem() throws IOException {
        String yaml = """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths:
                  /pets:
                    get:
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {type: array, items: {type: string}}
                """;
        assertThat(review(yaml, dir)).extracting(Finding::ruleId).contains("api-operation-id-missing");
    }

    @Test
    void fitnessHasNoErrorOrWarning() throws IOException {
        assertThat(problems(SampleDesigns.fitness())).isEmpty();
    }

    @Test
    void paymentsVariantHasNoErrorOrWarning() throws IOException {
        assertThat(problems(DesignVariants.payments())).isEmpty();
    }

    @Test
    void multiTenantVariantHasNoErrorOrWarning() throws IOException {
        assertThat(problems(DesignVariants.multiTenantFitness())).isEmpty();
    }
}
