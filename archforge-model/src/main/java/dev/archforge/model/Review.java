package dev.archforge.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of one review: the files read, the findings in deterministic order, the descriptors
 * of the rules that ran (reporters need them for help links and SARIF metadata), the inputs that
 * could not be read or are invalid, the files a folder review passed over, and the settings the
 * review ran with that change what it reports ({@code migrations=offline} leaves out the lock
 * rules), in the order the caller gives them.
 */
public record Review(
        List<String> files,
        List<Finding> findings,
        List<RuleDescriptor> rules,
        List<InputProblem> errors,
        List<Skipped> skipped,
        List<Setting> settings) {

    public Review {
        files = List.copyOf(files);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(null);
        findings = List.copyOf(sorted);
        rules = List.copyOf(rules);
        errors = errors.stream().sorted().toList();
        skipped = skipped.stream().sorted().toList();
        settings = List.copyOf(settings);
        Set<String> names = new HashSet<>();
        for (Setting s : settings) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("setting " + s.name() + " is given twice");
            }
        }
    }

    /** A review that states no settings. */
    public Review(
            List<String> files,
            List<Finding> findings,
            List<RuleDescriptor> rules,
            List<InputProblem> errors,
            List<Skipped> skipped) {
        this(files, findings, rules, errors, skipped, List.of());
    }

    /** A review in which every input was read. */
    public Review(List<String> files, List<Finding> findings, List<RuleDescriptor> rules) {
        this(files, findings, rules, List.of(), List.of(), List.of());
    }

    public Summary summary() {
        return Summary.of(findings);
    }

    /** True when any finding is at or above {@code threshold}. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }
}
