package dev.archforge.bench;

import dev.archforge.engine.Engine;
import dev.archforge.engine.review.FailOn;
import dev.archforge.engine.review.ReviewRequest;
import dev.archforge.engine.review.ReviewResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The warm path without a protocol in front: one {@link Engine} reviews the same inputs N times in
 * one JVM and prints each call's wall time, so the later calls show what a running server pays.
 * Not JMH on purpose: a review of the SQL corpus is a whole-request operation whose GC behaviour
 * (heap growth, collector) is part of what is measured; run it with the JVM options of the server.
 *
 * <p>With {@code --serving} the engine is the MCP server's ({@link Engine#serving()}): from the second
 * call on, SQL sets whose files have not changed are answered from the findings it kept; without,
 * every call parses and runs every rule again, as a server does for files it has not seen.
 *
 * <pre>java [JVM options] -cp archforge-bench/target/benchmarks.jar dev.archforge.bench.WarmReview [--serving] N PATH...</pre>
 */
public final class WarmReview {
    private WarmReview() {}

    public static void main(String[] args) {
        boolean serving = args.length > 0 && args[0].equals("--serving");
        int first = serving ? 1 : 0;
        if (args.length < first + 2) {
            System.err.println("usage: WarmReview [--serving] CALLS PATH...");
            System.exit(2);
        }
        int calls = Integer.parseInt(args[first]);
        List<Path> paths = new ArrayList<>();
        for (int i = first + 1; i < args.length; i++) {
            paths.add(Path.of(args[i]));
        }
        Engine engine = serving ? Engine.serving() : new Engine();
        ReviewRequest request = ReviewRequest.builder()
                .paths(paths)
                .failOn(Optional.of(FailOn.NEVER))
                .build();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            ReviewResult result = engine.review(request);
            System.out.printf(
                    "call %d: %d ms, %d findings, %d SQL sets reused%n",
                    i + 1,
                    (System.nanoTime() - start) / 1_000_000,
                    result.review().findings().size(),
                    result.reusedSqlSets());
        }
    }
}
