package dev.archforge.design.artifact.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.DesignVariants;
import dev.archforge.design.testing.SampleDesigns;
import dev.archforge.lint.Config;
import dev.archforge.lint.RunResult;
import dev.archforge.model.Finding;
import dev.archforge.model.Severity;
import dev.archforge.source.Limits;
import dev.archforge.sql.SqlReviewer;
import dev.archforge.sql.rules.ReviewMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Dogfood: the generated migration passes Archforge's own SQL review, as {@code archforge review
 * db/migration} runs it, with no error and no warning, read as a schema and as a migration.
 */
class SqlReviewDogfoodTest {
    @TempDir
    Path dir;

    static List<Finding> review(String sql, Path dir, ReviewMode mode) throws IOException {
        Path file = dir.resolve("V1__init.sql");
        Files.writeString(file, sql);
        RunResult result = new SqlReviewer(Limits.DEFAULT).review(List.of(file), mode, Config.empty(dir));
        assertThat(result.failures()).isEmpty();
        return result.findings();
    }

    /**
     * The review is live: an unindexed foreign key in the same kind of file is reported (with ON
     * DELETE CASCADE: the rule reports keys whose parent rows the schema says are deleted).
     */
    @Test
    void harnessReportsAKnownProblem() throws IOException {
        String sql = "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n"
                + "CREATE TABLE posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE);\n";
        assertThat(review(sql, dir, ReviewMode.SCHEMA))
                .extracting(Finding::ruleId)
                .containsExactly("sql-foreign-key-without-index");
    }

    @ParameterizedTest
    @EnumSource(ReviewMode.class)
    void fitnessHasNoErrorOrWarning(ReviewMode mode) throws IOException {
        List<Finding> findings = review(SqlContributorTest.generate(SampleDesigns.fitness()), dir, mode);
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReviewMode.class)
    void paymentsVariantHasNoErrorOrWarning(ReviewMode mode) throws IOException {
        List<Finding> findings = review(SqlContributorTest.generate(DesignVariants.payments()), dir, mode);
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ReviewMode.class)
    void multiTenantVariantHasNoErrorOrWarning(ReviewMode mode) throws IOException {
        List<Finding> findings = review(SqlContributorTest.generate(DesignVariants.multiTenantFitness()), dir, mode);
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }
}
