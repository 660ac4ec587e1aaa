package dev.archforge.lint;

import dev.archforge.model.Finding;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Severity;
import dev.archforge.model.UsageException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the enabled rules on one subject with their configured options and severities. A rule that
 * throws is recorded as a {@link RuleFailure} and the other rules still run; a bad option value
 * ({@link UsageException}) is the user's mistake and stops the run.
 */
public final class RuleRunner {
    private RuleRunner() {}

    public static <S> RunResult run(S subject, String file, List<RegisteredRule<S>> rules, Config config) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (RegisteredRule<S> rule : rules) {
            RuleDescriptor d = rule.descriptor();
            RuleSettings settings = config.settings(d.id());
            if (!settings.enabled()) {
                continue;
            }
            Severity severity = settings.severity().orElse(d.severity());
            RuleOptions options = new RuleOptions(d, settings.options());
            try {
                rule.check()
                        .run(
                                subject,
                                options,
                                (location, message) -> findings.add(new Finding(d.id(), severity, message, location)));
            } catch (UsageException e) {
                throw e;
            } catch (RuntimeException e) {
                failures.add(new RuleFailure(d.id(), file, e));
            }
        }
        return new RunResult(findings, failures);
    }
}
