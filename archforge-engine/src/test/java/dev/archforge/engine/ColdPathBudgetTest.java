package dev.archforge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.engine.review.ReviewResult;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cold path kept cold: the first review in a fresh JVM (this class runs in a fork of its own)
 * may load only so many classes and allocate only so many bytes on the reading thread. Both
 * numbers are stable across machines, unlike time, so undoing the cold-JVM work (ADR 0005) —
 * loading the design engine or OpenNLP for a review, a reflective mapper, a copy of the document
 * per rule — fails here, in {@code verify}, and not in a benchmark nobody runs.
 *
 * <p>The budgets are the figures measured when they were set plus a margin for JDK updates;
 * raise one only with a reason in the commit.
 */
class ColdPathBudgetTest {
    private static final Path CORPUS = Path.of(System.getProperty("archforge.corpus", "../../shared/corpus"));

    /** Measured 1,023 classes and 165.4 MB on 2026-12-07 (JDK 17); about 20 % of headroom. */
    private static final Budget GITHUB = new Budget(1_200, 200_000_000L);
    /** Measured 870 classes and 8.5 MB the same day: the in-repo example, for a clone without the corpus. */
    private static final Budget BOOKSTORE = new Budget(1_050, 11_000_000L);

    /** Only the first review in a JVM is cold: the one test measures GitHub's description, or the example without it. */
    @Test
    void theFirstReviewInAFreshJvmStaysWithinItsBudget() {
        Path github = CORPUS.resolve("openapi/github-rest.json");
        boolean corpus = Files.isRegularFile(github);
        Path file = corpus ? github : Path.of("..", "examples", "bookstore.yaml");
        Budget budget = corpus ? GITHUB : BOOKSTORE;
        Measured m = measure(file);
        System.out.println("cold review of " + file.getFileName() + ": " + m);
        assertThat(m.classes()).as("classes loaded by the first review").isLessThan(budget.classes());
        assertThat(m.bytes()).as("bytes allocated on the reading thread").isLessThan(budget.bytes());
    }

    private static Measured measure(Path file) {
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long classesBefore = classes.getTotalLoadedClassCount();
        long bytesBefore = threads.getThreadAllocatedBytes(thread);
        ReviewResult result =
                new Engine().review(ReviewRequest.builder().paths(List.of(file)).build());
        long bytes = threads.getThreadAllocatedBytes(thread) - bytesBefore;
        long loaded = classes.getTotalLoadedClassCount() - classesBefore;
        assertThat(result.review().findings()).isNotEmpty();
        return new Measured(loaded, bytes);
    }

    record Measured(long classes, long bytes) {}

    record Budget(long classes, long bytes) {}
}
