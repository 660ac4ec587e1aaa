package dev.archforge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.engine.design.DesignRequest;
import dev.archforge.engine.design.Requirements;
import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.engine.review.SqlMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One engine shared by many requests at once gives each the answer it gives alone: 50 reviews
 * and 20 designs, submitted together to eight threads, against the same requests run one by one.
 */
class ConcurrentEngineTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void fiftyReviewsAndTwentyDesignsInParallelMatchSequentialRuns() throws Exception {
        Engine engine = new Engine();
        List<Callable<Object>> jobs = new ArrayList<>();
        List<ReviewRequest> reviews = reviews();
        for (int i = 0; i < 50; i++) {
            ReviewRequest request = reviews.get(i % reviews.size());
            jobs.add(() -> engine.review(request).review());
        }
        List<Path> designs = designs();
        for (int i = 0; i < 20; i++) {
            Path file = designs.get(i % designs.size());
            jobs.add(() -> engine.design(new DesignRequest(Requirements.of(file), true))
                    .blueprint()
                    .orElseThrow()
                    .files());
        }
        List<Object> sequential = new ArrayList<>();
        for (Callable<Object> job : jobs) {
            sequential.add(job.call());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> parallel = pool.invokeAll(jobs);
            for (int i = 0; i < jobs.size(); i++) {
                assertThat(parallel.get(i).get()).as("request %d", i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** API descriptions, migration folders, and in-memory texts of both kinds. */
    private static List<ReviewRequest> reviews() throws IOException {
        List<ReviewRequest> out = new ArrayList<>();
        out.add(ReviewRequest.builder()
                .paths(List.of(EXAMPLES.resolve("bookstore.yaml")))
                .build());
        try (Stream<Path> dirs = Files.list(EXAMPLES.resolve("design"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                out.add(ReviewRequest.builder()
                        .paths(List.of(dir.resolve("openapi.yaml")))
                        .build());
                out.add(ReviewRequest.builder()
                        .paths(List.of(dir.resolve("db/migration")))
                        .build());
            }
        }
        out.add(ReviewRequest.builder()
                .text("api.yaml", Files.readString(EXAMPLES.resolve("bookstore.yaml")))
                .build());
        out.add(ReviewRequest.builder()
                .sqlMode(SqlMode.MIGRATION)
                .text("V1__init.sql", "CREATE TABLE account (id int PRIMARY KEY, email text);\n")
                .text("V2__orders.sql", """
                        CREATE TABLE orders (id int PRIMARY KEY, account_id int REFERENCES account);
                        ALTER TABLE account ADD COLUMN name varchar(20) NOT NULL;
                        """)
                .build());
        return out;
    }

    private static List<Path> designs() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("design"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
