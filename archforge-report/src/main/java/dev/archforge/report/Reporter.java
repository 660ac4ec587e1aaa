package dev.archforge.report;

import dev.archforge.model.Review;

/** Writes a review in one format. Output is deterministic: the same review gives the same bytes. */
@FunctionalInterface
public interface Reporter {
    String write(Review review, ReportOptions options);
}
