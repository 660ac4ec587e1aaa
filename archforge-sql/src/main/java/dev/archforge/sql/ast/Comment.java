package dev.archforge.sql.ast;

/**
 * A comment, kept out of the token stream but kept for suppressions and documentation.
 *
 * @param text the comment as written, with its {@code --} or {@code /* *}{@code /} markers
 */
public record Comment(String text, boolean block, int line, int column, int endLine) {

    /** The comment without its markers and surrounding blanks. */
    public String body() {
        String t = block
                ? text.substring(2, Math.max(2, text.length() - (text.endsWith("*/") ? 2 : 0)))
                : text.substring(2);
        return t.strip();
    }
}
