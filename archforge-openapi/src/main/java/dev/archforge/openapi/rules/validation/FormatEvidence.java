package dev.archforge.openapi.rules.validation;

import dev.archforge.source.ObjectNode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a field's own description says against the format its name suggests: a URI "relative to"
 * a base or a URI template is not a {@code uri}; an epoch count of seconds is not a
 * {@code date-time}; a date "in the user's format" is not a {@code date}. A name ending in
 * {@code date} with no example is left alone too: it may as well hold a date-time.
 */
final class FormatEvidence {
    private static final Pattern NOT_URI =
            Pattern.compile("relative|template|\\{[a-z_]+}|path to|host ?name|scp|git@", Pattern.CASE_INSENSITIVE);
    private static final Pattern EPOCH =
            Pattern.compile("epoch|unix|seconds since|milliseconds|in seconds", Pattern.CASE_INSENSITIVE);
    private static final Pattern HUMAN_DATE =
            Pattern.compile("format(ted)?\\b|human|day/month|month/day|locale", Pattern.CASE_INSENSITIVE);

    private FormatEvidence() {}

    /** True when the schema's text contradicts {@code format}, or gives no way to choose it. */
    static boolean contradicts(String format, ObjectNode schema, boolean hasExample) {
        String description = schema.text("description").orElse("").toLowerCase(Locale.ROOT);
        return switch (format) {
            case "uri" -> NOT_URI.matcher(description).find();
            case "date-time" -> EPOCH.matcher(description).find();
            case "date" ->
                !hasExample
                        || HUMAN_DATE.matcher(description).find()
                        || EPOCH.matcher(description).find();
            default -> false;
        };
    }
}
