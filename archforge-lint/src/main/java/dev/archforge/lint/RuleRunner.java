package dev.archforge.lint;

import dev.archforge.model.CancelledException;
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
    /** From this many subjects per core on, a subject's rules run as one task. */
    static final int SUBJECTS_PER_CORE_FOR_A_TASK_EACH = 4;

    private RuleRunner() {}

    public static <S> RunResult run(S subject, String file, List<RegisteredRule<S>> rules, Config config) {
        return runEach(List.of(subject), s -> file, rules, config).get(0);
    }

    /**
     * Runs the rules on each subject; one result per subject, in order, on one pool for all
     * subjects, so many small subjects (the files of a migration history) keep both cores busy
     * without a pool per subject.
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
        // Few subjects (a schema dump, a short history): each (subject, rule) pair is its own task, since
        // rules differ a hundredfold in cost and a thread takes the next task when it ends one. Many
        // subjects (a long history): a task per subject, its rules in order, which balances as well
        // and makes as many times fewer tasks as rules run.
        if (subjects.size()
                >= SUBJECTS_PER_CORE_FOR_A_TASK_EACH * Runtime.getRuntime().availableProcessors()) {
            List<Callable<RunResult>> tasks = new ArrayList<>(subjects.size());
            for (S subject : subjects) {
                String file = fileOf.apply(subject);
                tasks.add(() -> {
                    List<RunResult> each = new ArrayList<>(enabled.size());
                    for (int i = 0; i < enabled.size(); i++) {
                        CancelledException.throwIfInterrupted();
                        each.add(runOne(subject, file, enabled.get(i), options.get(i), config));
                    }
                    return merge(each);
                });
            }
            return InOrder.run(tasks, "archforge-rule");
        }
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
