package dev.archforge.cli;

import dev.archforge.model.Skipped;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the review tells on standard error besides the report. */
final class Diagnostics {
    private Diagnostics() {}

    /** One line: how many files the folder review passed over, by reason. */
    static void skippedSummary(PrintWriter err, List<Skipped> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        Map<String, Long> byReason =
                skipped.stream().collect(Collectors.groupingBy(Skipped::reason, TreeMap::new, Collectors.counting()));
        String reasons = byReason.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining("; "));
        err.println("archforge: passed over " + skipped.size() + (skipped.size() == 1 ? " file" : " files") + " ("
                + reasons + "); the report lists each");
    }
}
