package dev.archforge.lint;

import dev.archforge.model.Finding;
import dev.archforge.model.Location;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Severity;
import dev.archforge.model.UsageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Runs the enabled rules on one subject with their configured options and severities. A rule that
 * throws is recorded as a {@link RuleFailure} and the other rules still run; a bad option value
 * ({@link UsageException}) is the user's mistake and stops the run. Rules run in parallel (they
 * share only the subject's thread-safe indexes); results are collected in registry order.
 */
public final class RuleRunner {
    private RuleRunner() {}

    public static <S> RunResult run(S subject, String file, List<RegisteredRule<S>> rules, Config config) {
        return runEach(List.of(subject), s -> file, rules, config).get(0);
    }

    /**
     * Runs the rules on each subject; one result per subject, in order. All (subject, rule) pairs
     * share one pool, so many small subjects (the files of a migration history) keep both cores
     * busy without a pool per subject.
     */
    public static <S> List<RunResult> runEach(
            List<S> subjects, Function<S, String> fileOf, List<RegisteredRule<S>> rules, Config config) {
        List<RegisteredRule<S>> enabled =
                rules.stream().filter(r -> config.runs(r.descriptor())).toList();
        // Options are checked before any rule runs, so a bad value fails fast and the same way.
        List<RuleOptions> options = enabled.stream()
                .map(r -> new RuleOptions(
                        r.descriptor(), config.settings(r.descriptor().id()).options(), config.strict()))
                .toList();
        // Each (subject, rule) pair is its own task: rules differ a hundredfold in cost, so a thread
        // takes the next task when it ends one, and the files of a history share both cores.
        List<Callable<RunResult>> tasks = new ArrayList<>(subjects.size() * enabled.size());
        for (S subject : subjects) {
            String file = fileOf.apply(subject);
            for (int i = 0; i < enabled.size(); i++) {
                RegisteredRule<S> rule = enabled.get(i);
                RuleOptions ruleOptions = options.get(i);
                tasks.add(() -> runOne(subject, file, rule, ruleOptions, config));
            }
        }
        List<RunResult> results = InOrder.run(tasks, "archforge-rule");
        List<RunResult> out = new ArrayList<>(subjects.size());
        for (int s = 0; s < subjects.size(); s++) {
            out.add(merge(results.subList(s * enabled.size(), (s + 1) * enabled.size())));
        }
        return out;
    }

    /** The results of one subject's rules, merged in registry order. */
    private static RunResult merge(List<RunResult> results) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Map<String, Long> nanos = new HashMap<>();
        for (RunResult r : results) {
            findings.addAll(r.findings());
            failures.addAll(r.failures());
            r.nanos().forEach(nanos::put);
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
            rule.check().run(subject, options, new FindingSink() {
                @Override
                public void report(Location location, String message) {
                    findings.add(new Finding(d.id(), severity, message, location));
                }

                @Override
                public void report(Location location, String message, List<Location> related) {
                    findings.add(new Finding(d.id(), severity, message, location, related));
                }
            });
        } catch (UsageException e) {
            throw e;
        } catch (RuntimeException e) {
            return new RunResult(findings, List.of(new RuleFailure(d.id(), file, e)));
        }
        return new RunResult(findings, List.of(), Map.of(d.id(), System.nanoTime() - start));
    }
}
