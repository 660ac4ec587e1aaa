package dev.archforge.lint;

import dev.archforge.model.Finding;
import java.util.List;
import java.util.Map;

/**
 * What running rules on one subject produced: findings, rules that crashed, and how long each
 * rule took in nanoseconds (for {@code --timings}).
 */
public record RunResult(List<Finding> findings, List<RuleFailure> failures, Map<String, Long> nanos) {
    public RunResult {
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
        nanos = Map.copyOf(nanos);
    }

    public RunResult(List<Finding> findings, List<RuleFailure> failures) {
        this(findings, failures, Map.of());
    }
}
