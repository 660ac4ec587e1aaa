package dev.archforge.sql.rules;

import dev.archforge.sql.ast.Comment;
import dev.archforge.sql.ast.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code -- archforge-ignore: rule-id[, rule-id] reason} comment: where its marker is, the rules
 * it names (each where it is written) and the reason after them (empty when there is none). A rule
 * id is a word with a hyphen, as every rule's is, so {@code sql-column-dropped, kept for v2} names
 * one rule and gives the reason {@code kept for v2}.
 *
 * @param marker the {@code archforge-ignore:} marker
 * @param rules the rule ids, in the order written
 * @param reason the text after the ids, without the separators before it ({@code , - :}) and a
 *     block comment's closing marker; empty when the comment gives none
 * @param line the comment's first line
 * @param endLine the comment's last line: the comment silences its rules up to the line after it
 */
public record IgnoreComment(Span marker, List<Named> rules, String reason, int line, int endLine) {
    static final String MARKER = "archforge-ignore:";
    private static final Pattern IGNORE = Pattern.compile(
            Pattern.quote(MARKER) + "\\s*([a-z][a-z0-9]*-[a-z0-9-]+(?:\\s*,\\s*[a-z][a-z0-9]*-[a-z0-9-]+)*)");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*-[a-z0-9-]+");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,;:.\\-\u2013\u2014]+");

    /** A rule id as an ignore comment writes it, and where. */
    public record Named(String ruleId, Span at) {}

    public IgnoreComment {
        rules = List.copyOf(rules);
    }

    /** The ignore comment {@code comment} holds, if it holds one. */
    static Optional<IgnoreComment> of(Comment comment) {
        String text = comment.text();
        Matcher m = IGNORE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        List<Named> named = new ArrayList<>();
        Matcher id = ID.matcher(text).region(m.start(1), m.end(1));
        while (id.find()) {
            named.add(new Named(id.group(), span(comment, id.start(), id.end())));
        }
        String rest = text.substring(m.end());
        if (comment.block() && rest.endsWith("*/")) {
            rest = rest.substring(0, rest.length() - 2);
        }
        return Optional.of(new IgnoreComment(
                span(comment, m.start(), m.start() + MARKER.length()),
                named,
                LEADING_SEPARATORS.matcher(rest).replaceFirst("").strip(),
                comment.line(),
                comment.endLine()));
    }

    /** Where the text from {@code start} to {@code end} (offsets in the comment) is in the file. */
    private static Span span(Comment comment, int start, int end) {
        String text = comment.text();
        int line = comment.line();
        int column = comment.column();
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                column++;
            }
        }
        return new Span(line, column, line, column + text.codePointCount(start, end) - 1);
    }
}
