package dev.archforge.report;

import dev.archforge.model.Finding;
import dev.archforge.model.Review;
import dev.archforge.model.Severity;
import dev.archforge.model.Summary;

/**
 * {@code file:line:col severity rule-id message}, one finding per line, grouped per file with a
 * blank line between files, and a summary line.
 */
final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";

    @Override
    public String write(Review review, ReportOptions options) {
        StringBuilder out = new StringBuilder();
        String lastFile = null;
        for (Finding f : review.findings()) {
            String file = f.location().file();
            if (lastFile != null && !lastFile.equals(file)) {
                out.append('\n');
            }
            lastFile = file;
            String where = f.location().toString();
            String severity = f.severity().id();
            if (options.color()) {
                out.append(BOLD)
                        .append(where)
                        .append(RESET)
                        .append(' ')
                        .append(color(f.severity()))
                        .append(severity)
                        .append(RESET)
                        .append(' ')
                        .append(DIM)
                        .append(f.ruleId())
                        .append(RESET)
                        .append(' ')
                        .append(oneLine(f.message()))
                        .append('\n');
            } else {
                out.append(where)
                        .append(' ')
                        .append(severity)
                        .append(' ')
                        .append(f.ruleId())
                        .append(' ')
                        .append(oneLine(f.message()))
                        .append('\n');
            }
        }
        if (!review.findings().isEmpty()) {
            out.append('\n');
        }
        out.append(summaryLine(review)).append('\n');
        return out.toString();
    }

    private static String oneLine(String message) {
        return message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    static String summaryLine(Review review) {
        Summary s = review.summary();
        int files = review.files().size();
        return s.total() + (s.total() == 1 ? " finding" : " findings") + " (" + s.errors() + " error"
                + (s.errors() == 1 ? "" : "s") + ", " + s.warnings() + " warning" + (s.warnings() == 1 ? "" : "s")
                + ", " + s.infos() + " info) in " + files + (files == 1 ? " file" : " files");
    }

    private static String color(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }
}
