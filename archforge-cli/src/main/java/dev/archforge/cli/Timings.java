package dev.archforge.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;

/** {@code --timings}: where a review spent its time, the way ESLint's TIMING=1 shows it. */
final class Timings {
    private static final int SHOWN = 10;

    private Timings() {}

    static void print(PrintWriter err, String file, long totalNanos, Map<String, Long> ruleNanos) {
        long rules = ruleNanos.values().stream().mapToLong(Long::longValue).sum();
        err.printf(
                "%s: %d ms in all, %d ms of rule time over %d rules (rules run in parallel)%n",
                file, totalNanos / 1_000_000, rules / 1_000_000, ruleNanos.size());
        ruleNanos.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SHOWN)
                .forEach(e -> err.printf("  %6d ms  %s%n", e.getValue() / 1_000_000, e.getKey()));
        err.flush();
    }
}
