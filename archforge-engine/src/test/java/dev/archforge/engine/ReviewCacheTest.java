package dev.archforge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.engine.review.Deployment;
import dev.archforge.engine.review.FailOn;
import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.engine.review.ReviewResult;
import dev.archforge.engine.review.SqlMode;
import dev.archforge.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serving engine answers SQL sets whose files did not change from the findings it kept, and only
 * those: the answer always equals a full review's.
 */
class ReviewCacheTest {
    private static final String V1 = """
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total double precision);
            """;
    private static final String V2 = """
            CREATE INDEX orders_customer_idx ON orders (customer_id);
            """;

    @TempDir
    Path dir;

    private final Engine serving = Engine.serving();
    private final Engine plain = new Engine();

    @Test
    void unchangedFilesAreAnsweredFromKeptFindingsEqualToAFullReview() throws IOException {
        Path set = migrations();
        ReviewResult first = serving.review(request(set));
        ReviewResult second = serving.review(request(set));
        assertThat(first.reusedSqlSets()).isZero();
        assertThat(second.reusedSqlSets()).isEqualTo(1);
        assertThat(second.review()).isEqualTo(first.review());
        assertThat(second.review()).isEqualTo(plain.review(request(set)).review());
        assertThat(second.review().findings()).extracting(Finding::ruleId).contains("sql-money-as-float");
    }

    @Test
    void anEditedFileIsReviewedAgain() throws IOException {
        Path set = migrations();
        serving.review(request(set));
        write(set.resolve("V1__orders.sql"), V1.replace("double precision", "numeric(12,2)"));
        ReviewResult after = serving.review(request(set));
        assertThat(after.reusedSqlSets()).isZero();
        assertThat(after.review()).isEqualTo(plain.review(request(set)).review());
        assertThat(after.review().findings()).extracting(Finding::ruleId).doesNotContain("sql-money-as-float");
    }

    @Test
    void aFileWrittenJustNowIsNotTrustedToKeepItsTime() throws IOException {
        Path set = migrations();
        Files.setLastModifiedTime(set.resolve("V2__index.sql"), FileTime.from(Instant.now()));
        serving.review(request(set));
        assertThat(serving.review(request(set)).reusedSqlSets()).isZero();
        assertThat(serving.cacheStats().sets()).isZero();
    }

    @Test
    void otherSettingsAreAnotherKey() throws IOException {
        Path set = migrations();
        ReviewResult online = serving.review(request(set));
        ReviewResult offline = serving.review(ReviewRequest.builder()
                .paths(List.of(set))
                .sqlMode(SqlMode.MIGRATION)
                .migrations(Optional.of(Deployment.OFFLINE))
                .failOn(Optional.of(FailOn.NEVER))
                .build());
        ReviewResult fewerLarge = serving.review(ReviewRequest.builder()
                .paths(List.of(set))
                .sqlMode(SqlMode.MIGRATION)
                .largeTables(Optional.of(List.of("audit.events")))
                .failOn(Optional.of(FailOn.NEVER))
                .build());
        assertThat(offline.reusedSqlSets()).isZero();
        assertThat(fewerLarge.reusedSqlSets()).isZero();
        assertThat(offline.review().findings()).isNotEqualTo(online.review().findings());
        assertThat(fewerLarge.review().findings()).isNotEqualTo(online.review().findings());
    }

    @Test
    void aCommandLineEngineKeepsNothing() throws IOException {
        Path set = migrations();
        plain.review(request(set));
        assertThat(plain.review(request(set)).reusedSqlSets()).isZero();
        assertThat(plain.cacheStats().sets()).isZero();
    }

    private Path migrations() throws IOException {
        Path set = Files.createDirectories(dir.resolve("migrations"));
        write(set.resolve("V1__orders.sql"), V1);
        write(set.resolve("V2__index.sql"), V2);
        return set;
    }

    /** Writes a file dated a minute ago (before the racy window), a second later than the last date used. */
    private static void write(Path file, String text) throws IOException {
        Instant before = Files.exists(file) ? Files.getLastModifiedTime(file).toInstant() : Instant.EPOCH;
        Files.writeString(file, text);
        Instant when = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        if (!when.isAfter(before)) {
            when = before.plusSeconds(1);
        }
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    private static ReviewRequest request(Path set) {
        return ReviewRequest.builder()
                .paths(List.of(set))
                .sqlMode(SqlMode.MIGRATION)
                .failOn(Optional.of(FailOn.NEVER))
                .build();
    }
}
