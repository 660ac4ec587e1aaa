package dev.archforge.report;

import dev.archforge.model.Finding;
import dev.archforge.model.Review;
import dev.archforge.model.Severity;
import dev.archforge.model.Summary;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code file:line:col severity rule-id message}, one finding per line, grouped per file with a
 * blank line between files, and a summary line. A rule shows at most {@value #PER_RULE} lines per
 * file; the rest are counted on one line ({@code file: rule-id: and 37 more}), and every one of
 * them is in the JSON and SARIF reports.
 */
final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    /** Lines a rule shows per file before the rest are counted. */
    static final int PER_RULE = 20;

    @Override
    public String write(Review review, ReportOptions options) {
        StringBuilder out = new StringBuilder();
        String lastFile = null;
        Map<String, Integer> shown = new TreeMap<>();
        for (Finding f : review.findings()) {
            String file = f.location().file();
            if (lastFile != null && !lastFile.equals(file)) {
                more(out, lastFile, shown);
                out.append('\n');
            }
            lastFile = file;
            if (shown.merge(f.ruleId(), 1, Integer::sum) > PER_RULE) {
                continue;
            }
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
        if (lastFile != null) {
            more(out, lastFile, shown);
        }
        if (!review.findings().isEmpty()) {
            out.append('\n');
        }
        out.append(summaryLine(review)).append('\n');
        return out.toString();
    }

    /** One line per rule of the file that had more than {@value #PER_RULE} findings; clears the counts. */
    private static void more(StringBuilder out, String file, Map<String, Integer> shown) {
        shown.forEach((rule, n) -> {
            if (n > PER_RULE) {
                out.append(file)
                        .append(": ")
                        .append(rule)
                        .append(": and ")
                        .append(n - PER_RULE)
                        .append(" more\n");
            }
        });
        shown.clear();
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
