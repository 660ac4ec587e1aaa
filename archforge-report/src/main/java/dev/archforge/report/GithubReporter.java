package dev.archforge.report;

import dev.archforge.model.Finding;
import dev.archforge.model.InputProblem;
import dev.archforge.model.Location;
import dev.archforge.model.Review;
import dev.archforge.model.Skipped;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, which annotate the pull request's diff in place: an error per
 * input that could not be reviewed, a notice per file a folder review passed over, then the findings;
 * a grouped finding is one annotation whose message names its first places ({@link RelatedPlaces}).
 */
final class GithubReporter implements Reporter {
    @Override
    public void write(Review review, ReportOptions options, Writer writer) throws IOException {
        StringBuilder out = new StringBuilder();
        for (InputProblem p : review.errors()) {
            Location l = p.location();
            out.append("::error file=")
                    .append(property(l.file()))
                    .append(",line=")
                    .append(l.line())
                    .append(",col=")
                    .append(l.column())
                    .append(",title=invalid input::")
                    .append(data(p.message()))
                    .append('\n');
        }
        for (Skipped s : review.skipped()) {
            out.append("::notice file=")
                    .append(property(s.file()))
                    .append(",title=not reviewed::")
                    .append(data(s.reason()))
                    .append('\n');
        }
        for (Finding f : review.findings()) {
            if (out.length() >= 64 * 1024) {
                writer.write(out.toString());
                out.setLength(0);
            }
            Location l = f.location();
            String command =
                    switch (f.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "notice";
                    };
            out.append("::")
                    .append(command)
                    .append(" file=")
                    .append(property(l.file()))
                    .append(",line=")
                    .append(l.line())
                    .append(",col=")
                    .append(l.column())
                    .append(",endLine=")
                    .append(l.endLine())
                    .append(",endColumn=")
                    .append(l.endColumn())
                    .append(",title=")
                    .append(property(f.ruleId()))
                    .append("::")
                    .append(data(f.message()));
            if (!f.related().isEmpty()) {
                // one annotation per root cause: its other places in the message, not 500 annotations
                out.append("%0A").append(data(RelatedPlaces.line(f)));
            }
            out.append('\n');
        }
        writer.write(out.toString());
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
