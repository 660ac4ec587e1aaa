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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        List<List<Future<RunResult>>> futures = new ArrayList<>();
        int threads = Math.max(
                1,
                Math.min(enabled.size() * subjects.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, RuleRunner::daemon);
        try {
            for (S subject : subjects) {
                futures.add(submitAll(pool, subject, fileOf.apply(subject), enabled, options, config));
            }
            List<RunResult> out = new ArrayList<>(subjects.size());
            for (List<Future<RunResult>> perSubject : futures) {
                out.add(collect(perSubject));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Submits each rule as its own task. Rules differ a hundredfold in cost, so threads take the
     * next task when they finish one; a parallel stream would split the list into fixed chunks up
     * front and leave a thread idle while another ends its chunk.
     */
    private static <S> List<Future<RunResult>> submitAll(
            ExecutorService pool,
            S subject,
            String file,
            List<RegisteredRule<S>> enabled,
            List<RuleOptions> options,
            Config config) {
        List<Future<RunResult>> futures = new ArrayList<>(enabled.size());
        for (int i = 0; i < enabled.size(); i++) {
            RegisteredRule<S> rule = enabled.get(i);
            RuleOptions ruleOptions = options.get(i);
            futures.add(pool.submit(() -> runOne(subject, file, rule, ruleOptions, config)));
        }
        return futures;
    }

    /** The results of one subject's rules, merged in registry order. */
    private static RunResult collect(List<Future<RunResult>> futures) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Map<String, Long> nanos = new HashMap<>();
        for (Future<RunResult> f : futures) {
            RunResult r = join(f);
            findings.addAll(r.findings());
            failures.addAll(r.failures());
            r.nanos().forEach(nanos::put);
        }
        return new RunResult(findings, failures, nanos);
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "archforge-rule");
        t.setDaemon(true);
        return t;
    }

    /** The task's result; what the rule threw (a {@link UsageException}) is thrown again as is. */
    private static RunResult join(Future<RunResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rules ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
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
