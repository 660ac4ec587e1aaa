package dev.archforge.lint;

import dev.archforge.model.Finding;
import java.util.List;

/** What running rules on one subject produced: findings, and rules that crashed. */
public record RunResult(List<Finding> findings, List<RuleFailure> failures) {
    public RunResult {
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
    }
}
