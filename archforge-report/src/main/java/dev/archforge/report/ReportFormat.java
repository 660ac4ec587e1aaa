package dev.archforge.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats of a review, by the name users pass to {@code --format}. */
public enum ReportFormat {
    TEXT,
    JSON,
    SARIF,
    MARKDOWN,
    JUNIT,
    GITHUB;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportFormat> parse(String text) {
        return Arrays.stream(values())
                .filter(f -> f.id().equals(text.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The writer for this format. */
    public Reporter reporter() {
        return switch (this) {
            case TEXT -> new TextReporter();
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case MARKDOWN -> new MarkdownReporter();
            case JUNIT -> new JunitReporter();
            case GITHUB -> new GithubReporter();
        };
    }
}
