package dev.archforge.report;

import dev.archforge.model.Finding;
import dev.archforge.model.InputProblem;
import dev.archforge.model.Review;
import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.Setting;
import dev.archforge.model.Severity;
import dev.archforge.model.Skipped;
import dev.archforge.model.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code file:line:col severity rule-id message}, one finding per line, grouped per file with a
 * blank line between files, the settings the review ran with on one line, and a summary line. A
 * grouped finding names its first places on an indented line under it ({@link RelatedPlaces}). A
 * rule shows at most {@value #PER_RULE} findings per file; the rest are counted on one line ({@code file: rule-id: and 37 more}), and every one of
 * them is in the JSON and SARIF reports.
 */
final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final int FLUSH_AT = 64 * 1024;
    static final int MAX_SKIPPED = 20;
    /** Lines a rule shows per file before the rest are counted. */
    static final int PER_RULE = 20;

    @Override
    public void write(Review review, ReportOptions options, Writer writer) throws IOException {
        StringBuilder out = new StringBuilder();
        String lastFile = null;
        Map<String, Integer> shown = new TreeMap<>();
        for (Finding f : review.findings()) {
            flushIfLarge(out, writer);
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
            related(f, options, out);
        }
        if (lastFile != null) {
            more(out, lastFile, shown);
        }
        if (!review.findings().isEmpty()) {
            out.append('\n');
            rulePages(review, out);
        }
        if (!review.errors().isEmpty()) {
            out.append("Not reviewed, invalid or unreadable:\n");
            for (InputProblem p : review.errors()) {
                out.append("  ").append(oneLine(p.describe())).append('\n');
            }
            out.append('\n');
        }
        skipped(review, out);
        settings(review, out);
        out.append(summaryLine(review)).append('\n');
        writer.write(out.toString());
    }

    /**
     * A grouped finding's first places on an indented line under it, so the finding line itself keeps
     * the {@code file:line:col} shape editors and CI jump to.
     */
    private static void related(Finding f, ReportOptions options, StringBuilder out) {
        String related = RelatedPlaces.line(f);
        if (related.isEmpty()) {
            return;
        }
        out.append("  ");
        if (options.color()) {
            out.append(DIM).append(oneLine(related)).append(RESET);
        } else {
            out.append(oneLine(related));
        }
        out.append('\n');
    }

    /** Each rule that reported, once, with the page that says why it matters and how to fix it. */
    private static void rulePages(Review review, StringBuilder out) {
        Map<String, RuleDescriptor> rules = new HashMap<>();
        review.rules().forEach(r -> rules.put(r.id(), r));
        Set<String> fired = new TreeSet<>();
        review.findings().forEach(f -> fired.add(f.ruleId()));
        fired.removeIf(id -> !rules.containsKey(id));
        if (fired.isEmpty()) {
            return;
        }
        out.append("Rule pages:\n");
        for (String id : fired) {
            out.append("  ")
                    .append(id)
                    .append(' ')
                    .append(Objects.requireNonNull(rules.get(id)).docsUrl())
                    .append('\n');
        }
        out.append('\n');
    }

    /** Lists what a folder review passed over, capped: JSON lists every one. */
    private static void skipped(Review review, StringBuilder out) {
        if (review.skipped().isEmpty()) {
            return;
        }
        out.append("Passed over (not reviewed):\n");
        int shown = 0;
        for (Skipped s : review.skipped()) {
            if (shown++ == MAX_SKIPPED) {
                out.append("  and ")
                        .append(review.skipped().size() - MAX_SKIPPED)
                        .append(" more (--format json lists them all)\n");
                break;
            }
            out.append("  ").append(s.file()).append(": ").append(s.reason()).append('\n');
        }
        out.append('\n');
    }

    /** One line, just above the summary, naming the settings the review ran with, when it states any. */
    private static void settings(Review review, StringBuilder out) {
        if (review.settings().isEmpty()) {
            return;
        }
        out.append("Settings: ");
        String separator = "";
        for (Setting setting : review.settings()) {
            out.append(separator).append(oneLine(setting.describe()));
            separator = ", ";
        }
        out.append('\n');
    }

    private static void flushIfLarge(StringBuilder out, Writer writer) throws IOException {
        if (out.length() >= FLUSH_AT) {
            writer.write(out.toString());
            out.setLength(0);
        }
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
                + ", " + s.infos() + " info) in " + files + (files == 1 ? " file" : " files")
                + (review.errors().isEmpty()
                        ? ""
                        : "; " + review.errors().size()
                                + (review.errors().size() == 1 ? " input" : " inputs")
                                + " invalid or unreadable");
    }

    private static String color(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }
}
