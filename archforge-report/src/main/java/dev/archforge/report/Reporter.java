package dev.archforge.report;

import dev.archforge.model.Review;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a review in one format. Output is deterministic: the same review gives the same bytes.
 * Reports are streamed to the writer as they are made, never built whole as one string: a review
 * of millions of findings must not need its report twice in memory.
 */
@FunctionalInterface
public interface Reporter {
    void write(Review review, ReportOptions options, Writer out) throws IOException;

    /** The whole report as a string, for tests and small reviews. */
    default String write(Review review, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            write(review, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
