package dev.archforge.report;

import dev.archforge.model.Finding;
import dev.archforge.model.InputProblem;
import dev.archforge.model.Review;
import dev.archforge.model.Setting;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, which most CI servers render: one test suite per reviewed file, one failing test case
 * per finding, an erroring case per input that could not be reviewed, and one passing case for a
 * file without either; a grouped finding's failure text names its first places ({@link RelatedPlaces}). The settings the review ran with are each suite's properties.
 */
final class JunitReporter implements Reporter {
    @Override
    public void write(Review review, ReportOptions options, Writer writer) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        review.files().forEach(f -> byFile.put(f, new ArrayList<>()));
        for (Finding f : review.findings()) {
            byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<InputProblem>> errorsByFile = new LinkedHashMap<>();
        for (InputProblem p : review.errors()) {
            byFile.computeIfAbsent(p.location().file(), k -> new ArrayList<>());
            errorsByFile
                    .computeIfAbsent(p.location().file(), k -> new ArrayList<>())
                    .add(p);
        }
        int total = review.findings().size();
        int errors = review.errors().size();
        int tests = 0;
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            tests += cases(e.getValue(), errorsByFile.getOrDefault(e.getKey(), List.of()));
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"archforge\" tests=\"")
                .append(tests)
                .append("\" failures=\"")
                .append(total)
                .append(errors == 0 ? "" : "\" errors=\"" + errors)
                .append("\">\n");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            List<Finding> findings = e.getValue();
            List<InputProblem> problems = errorsByFile.getOrDefault(e.getKey(), List.of());
            out.append("  <testsuite name=\"")
                    .append(attr(e.getKey()))
                    .append("\" tests=\"")
                    .append(cases(findings, problems))
                    .append("\" failures=\"")
                    .append(findings.size())
                    .append("\" errors=\"")
                    .append(problems.size())
                    .append("\">\n");
            properties(review, out);
            for (InputProblem p : problems) {
                out.append("    <testcase name=\"")
                        .append(attr("input " + p.location()))
                        .append("\" classname=\"archforge.input\">\n")
                        .append("      <error message=\"")
                        .append(attr(p.message()))
                        .append("\" type=\"invalid-input\">")
                        .append(attr(p.describe()))
                        .append("</error>\n    </testcase>\n");
            }
            if (findings.isEmpty() && problems.isEmpty()) {
                out.append("    <testcase name=\"no findings\" classname=\"")
                        .append(attr(e.getKey()))
                        .append("\"/>\n");
            }
            for (Finding f : findings) {
                if (out.length() >= 64 * 1024) {
                    writer.write(out.toString());
                    out.setLength(0);
                }
                out.append("    <testcase name=\"")
                        .append(attr(f.ruleId() + " " + f.location()))
                        .append("\" classname=\"")
                        .append(attr(f.ruleId()))
                        .append("\">\n")
                        .append("      <failure message=\"")
                        .append(attr(f.message()))
                        .append("\" type=\"")
                        .append(f.severity().id())
                        .append("\">")
                        .append(attr(f.location() + " " + f.severity().id() + " " + f.ruleId() + " " + f.message()
                                + (f.related().isEmpty() ? "" : "\n" + RelatedPlaces.line(f))))
                        .append("</failure>\n    </testcase>\n");
            }
            out.append("  </testsuite>\n");
        }
        out.append("</testsuites>\n");
        writer.write(out.toString());
    }

    /**
     * The settings the review ran with, as the suite's properties (the JUnit schema has them per
     * suite, not for the whole run); nothing when the review states none.
     */
    private static void properties(Review review, StringBuilder out) {
        if (review.settings().isEmpty()) {
            return;
        }
        out.append("    <properties>\n");
        for (Setting s : review.settings()) {
            out.append("      <property name=\"")
                    .append(attr(s.name()))
                    .append("\" value=\"")
                    .append(attr(s.value()))
                    .append("\"/>\n");
        }
        out.append("    </properties>\n");
    }

    /** The test cases of one file: one per finding and per input problem, or one passing case. */
    private static int cases(List<Finding> findings, List<InputProblem> problems) {
        return Math.max(1, findings.size() + problems.size());
    }

    static String attr(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
