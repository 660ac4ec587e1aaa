package dev.archforge.lint;

import dev.archforge.model.Finding;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Severity;
import dev.archforge.model.UsageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Runs the enabled rules on one subject with their configured options and severities. A rule that
 * throws is recorded as a {@link RuleFailure} and the other rules still run; a bad option value
 * ({@link UsageException}) is the user's mistake and stops the run. Rules run in parallel (they
 * share only the subject's thread-safe indexes); results are collected in registry order.
 */
public final class RuleRunner {
    private RuleRunner() {}

    public static <S> RunResult run(S subject, String file, List<RegisteredRule<S>> rules, Config config) {
        List<RegisteredRule<S>> enabled = rules.stream()
                .filter(r -> config.settings(r.descriptor().id()).enabled())
                .toList();
        // Options are checked before any rule runs, so a bad value fails fast and the same way.
        List<RuleOptions> options = enabled.stream()
                .map(r -> new RuleOptions(
                        r.descriptor(), config.settings(r.descriptor().id()).options()))
                .toList();
        List<RunResult> results = IntStream.range(0, enabled.size())
                .parallel()
                .mapToObj(i -> runOne(subject, file, enabled.get(i), options.get(i), config))
                .toList();
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Map<String, Long> nanos = new HashMap<>();
        for (RunResult r : results) {
            findings.addAll(r.findings());
            failures.addAll(r.failures());
            nanos.putAll(r.nanos());
        }
        return new RunResult(findings, failures, nanos);
    }

    private static <S> RunResult runOne(
            S subject, String file, RegisteredRule<S> rule, RuleOptions options, Config config) {
        RuleDescriptor d = rule.descriptor();
        Severity severity = config.settings(d.id()).severity().orElse(d.severity());
        List<Finding> findings = new ArrayList<>();
        long start = System.nanoTime();
        try {
            rule.check()
                    .run(
                            subject,
                            options,
                            (location, message) -> findings.add(new Finding(d.id(), severity, message, location)));
        } catch (UsageException e) {
            throw e;
        } catch (RuntimeException e) {
            return new RunResult(findings, List.of(new RuleFailure(d.id(), file, e)));
        }
        return new RunResult(findings, List.of(), Map.of(d.id(), System.nanoTime() - start));
    }
}
