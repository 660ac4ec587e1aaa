package dev.archforge.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of one review: the files read, the findings in deterministic order, and the
 * descriptors of the rules that ran (reporters need them for help links and SARIF metadata).
 */
public record Review(List<String> files, List<Finding> findings, List<RuleDescriptor> rules) {

    public Review {
        files = List.copyOf(files);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(null);
        findings = List.copyOf(sorted);
        rules = List.copyOf(rules);
    }

    public Summary summary() {
        return Summary.of(findings);
    }

    /** True when any finding is at or above {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
