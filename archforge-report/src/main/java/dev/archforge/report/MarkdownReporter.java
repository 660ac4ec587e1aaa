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
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A pull-request comment: the settings the review ran with, the counts, the rules that fired most (so the reader sees the shape of
 * the problem first), then the findings as a table, capped so the comment stays under GitHub's
 * size limit; a grouped finding names its first places under its message ({@link RelatedPlaces}).
 */
final class MarkdownReporter implements Reporter {
    static final int MAX_ROWS = 200;

    @Override
    public void write(Review review, ReportOptions options, Writer writer) throws IOException {
        Summary s = review.summary();
        StringBuilder out = new StringBuilder("## Archforge review\n\n");
        settings(review, out);
        inputs(review, out);
        if (s.total() == 0) {
            out.append("No findings in ")
                    .append(review.files().size())
                    .append(review.files().size() == 1 ? " file" : " files")
                    .append(review.errors().isEmpty() ? "" : " (but see the inputs that could not be reviewed)")
                    .append(".\n");
            writer.write(out.toString());
            return;
        }
        out.append("| Errors | Warnings | Info |\n|---:|---:|---:|\n")
                .append("| ")
                .append(s.errors())
                .append(" | ")
                .append(s.warnings())
                .append(" | ")
                .append(s.infos())
                .append(" |\n\n");
        Map<String, RuleDescriptor> rules =
                review.rules().stream().collect(Collectors.toMap(RuleDescriptor::id, Function.identity(), (a, b) -> a));
        Map<String, Long> perRule = review.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        out.append("<details><summary>Findings per rule</summary>\n\n| Rule | Count |\n|---|---:|\n");
        perRule.forEach((id, n) -> out.append("| ")
                .append(link(id, rules.get(id)))
                .append(" | ")
                .append(n)
                .append(" |\n"));
        out.append("\n</details>\n\n");
        out.append("| Severity | Rule | Location | Message |\n|---|---|---|---|\n");
        int rows = 0;
        for (Finding f : review.findings()) {
            if (rows++ == MAX_ROWS) {
                break;
            }
            out.append("| ")
                    .append(icon(f.severity()))
                    .append(' ')
                    .append(f.severity().id())
                    .append(" | ")
                    .append(link(f.ruleId(), rules.get(f.ruleId())))
                    .append(" | `")
                    .append(f.location())
                    .append('`')
                    .append(" | ")
                    .append(escape(f.message()));
            String related = RelatedPlaces.line(f);
            if (!related.isEmpty()) {
                // a grouped finding: its first places in the same cell, on a line of their own
                out.append("<br>").append(escape(related));
            }
            out.append(" |\n");
        }
        if (review.findings().size() > MAX_ROWS) {
            out.append("\n…and ")
                    .append(review.findings().size() - MAX_ROWS)
                    .append(" more; run `archforge review` locally for the full list.\n");
        }
        writer.write(out.toString());
    }

    /** One line naming the settings the review ran with, when it states any. */
    private static void settings(Review review, StringBuilder out) {
        if (review.settings().isEmpty()) {
            return;
        }
        out.append("Reviewed with ");
        String separator = "";
        for (Setting setting : review.settings()) {
            out.append(separator)
                    .append('`')
                    .append(setting.name())
                    .append('=')
                    .append(setting.value())
                    .append('`');
            if (!setting.note().isEmpty()) {
                out.append(" (").append(escape(setting.note())).append(')');
            }
            separator = ", ";
        }
        out.append(".\n\n");
    }

    /** The inputs that could not be reviewed, first, and the files a folder review passed over. */
    private static void inputs(Review review, StringBuilder out) {
        if (!review.errors().isEmpty()) {
            out.append(":x: **")
                    .append(review.errors().size())
                    .append(review.errors().size() == 1 ? " input" : " inputs")
                    .append(" could not be reviewed** (invalid or unreadable):\n\n");
            for (InputProblem p : review.errors()) {
                out.append("- `")
                        .append(p.location())
                        .append("` ")
                        .append(escape(p.message()))
                        .append('\n');
            }
            out.append('\n');
        }
        if (!review.skipped().isEmpty()) {
            out.append("<details><summary>")
                    .append(review.skipped().size())
                    .append(review.skipped().size() == 1 ? " file" : " files")
                    .append(" passed over</summary>\n\n");
            int rows = 0;
            for (Skipped sk : review.skipped()) {
                if (rows++ == MAX_ROWS) {
                    out.append("- …and ")
                            .append(review.skipped().size() - MAX_ROWS)
                            .append(" more\n");
                    break;
                }
                out.append("- `")
                        .append(sk.file())
                        .append("`: ")
                        .append(escape(sk.reason()))
                        .append('\n');
            }
            out.append("\n</details>\n\n");
        }
    }

    private static String link(String id, @Nullable RuleDescriptor rule) {
        return rule == null ? "`" + id + "`" : "[`" + id + "`](" + rule.docsUrl() + ")";
    }

    private static String icon(Severity s) {
        return switch (s) {
            case ERROR -> ":x:";
            case WARNING -> ":warning:";
            case INFO -> ":information_source:";
        };
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("\n", " ")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
