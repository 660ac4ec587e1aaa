package dev.archforge.report;

import dev.archforge.model.Finding;
import dev.archforge.model.Location;
import dev.archforge.model.Review;

/** GitHub Actions workflow commands, which annotate the pull request's diff in place. */
final class GithubReporter implements Reporter {
    @Override
    public String write(Review review, ReportOptions options) {
        StringBuilder out = new StringBuilder();
        for (Finding f : review.findings()) {
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
                    .append(data(f.message()))
                    .append('\n');
        }
        return out.toString();
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
