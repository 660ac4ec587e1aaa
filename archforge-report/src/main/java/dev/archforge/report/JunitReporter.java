package dev.archforge.report;

import dev.archforge.model.Finding;
import dev.archforge.model.Review;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, which most CI servers render: one test suite per reviewed file, one failing test case
 * per finding, and one passing case for a file without findings.
 */
final class JunitReporter implements Reporter {
    @Override
    public String write(Review review, ReportOptions options) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        review.files().forEach(f -> byFile.put(f, new ArrayList<>()));
        for (Finding f : review.findings()) {
            byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
        }
        int total = review.findings().size();
        int tests =
                byFile.values().stream().mapToInt(l -> Math.max(1, l.size())).sum();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"archforge\" tests=\"")
                .append(tests)
                .append("\" failures=\"")
                .append(total)
                .append("\">\n");
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            List<Finding> findings = e.getValue();
            out.append("  <testsuite name=\"")
                    .append(attr(e.getKey()))
                    .append("\" tests=\"")
                    .append(Math.max(1, findings.size()))
                    .append("\" failures=\"")
                    .append(findings.size())
                    .append("\" errors=\"0\">\n");
            if (findings.isEmpty()) {
                out.append("    <testcase name=\"no findings\" classname=\"")
                        .append(attr(e.getKey()))
                        .append("\"/>\n");
            }
            for (Finding f : findings) {
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
                        .append(attr(f.location() + " " + f.severity().id() + " " + f.ruleId() + " " + f.message()))
                        .append("</failure>\n    </testcase>\n");
            }
            out.append("  </testsuite>\n");
        }
        out.append("</testsuites>\n");
        return out.toString();
    }

    static String attr(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
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
