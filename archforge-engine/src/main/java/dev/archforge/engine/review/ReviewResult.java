package dev.archforge.engine.review;

import dev.archforge.lint.RuleFailure;
import dev.archforge.model.Finding;
import dev.archforge.model.Review;
import dev.archforge.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What a review found: the {@link Review} the reporters render (files, findings after the
 * baseline, the rules that ran, input problems, files passed over), and what a face needs
 * besides: every finding before the baseline (to write a new one), how many the baseline hid,
 * the rules that failed, the SQL runs, the timings, the fail-on threshold, and how many SQL sets
 * a long-running engine answered from findings it kept because their files had not changed
 * ({@link ReviewCache}).
 */
public record ReviewResult(
        Review review,
        List<Finding> beforeBaseline,
        int hiddenByBaseline,
        List<RuleFailure> failures,
        List<SqlRun> sqlRuns,
        List<InputTiming> timings,
        Optional<Severity> threshold,
        int reusedSqlSets) {

    public ReviewResult {
        beforeBaseline = List.copyOf(beforeBaseline);
        failures = List.copyOf(failures);
        sqlRuns = List.copyOf(sqlRuns);
        timings = List.copyOf(timings);
    }

    /** The worst that happened: a failed rule, then invalid input, then findings at the threshold. */
    public Outcome outcome() {
        if (!failures.isEmpty()) {
            return Outcome.INTERNAL_ERROR;
        }
        if (!review.errors().isEmpty()) {
            return Outcome.INVALID_INPUT;
        }
        return threshold.isPresent() && review.hasFindingsAtLeast(threshold.get()) ? Outcome.FINDINGS : Outcome.PASSED;
    }
}
