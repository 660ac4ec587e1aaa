package dev.archforge.sql.parse;

/**
 * Quoted strings and identifiers: {@code '...'} and {@code "..."} with a doubled quote for a
 * quote, and {@code E'...'} with backslash escapes. Each reads from the opening quote past the
 * closing one and returns the value; an unterminated one is a problem at its start and runs to
 * the end of the input.
 */
final class QuotedLiterals {
    private QuotedLiterals() {}

    /** {@code '...'}; the cursor is on the opening quote. */
    static String standardString(CharCursor c, int startLine, int startCol) {
        return quoted(c, '\'', false, "unterminated string literal", startLine, startCol);
    }

    /** {@code "..."}; the cursor is on the opening quote. */
    static String quotedIdentifier(CharCursor c, int startLine, int startCol) {
        return quoted(c, '"', false, "unterminated quoted identifier", startLine, startCol);
    }

    /** The {@code '...'} of an {@code E'...'}; the cursor is on the opening quote. */
    static String escapeString(CharCursor c, int startLine, int startCol) {
        return quoted(c, '\'', true, "unterminated string literal", startLine, startCol);
    }

    private static String quoted(
            CharCursor c, char quote, boolean backslashEscapes, String unterminated, int startLine, int startCol) {
        c.advance();
        StringBuilder value = new StringBuilder();
        while (c.pos < c.length) {
            char ch = c.chars[c.pos];
            if (ch == quote) {
                if (c.peek(1) == quote) {
                    value.append(quote);
                    c.advance();
                    c.advance();
                    continue;
                }
                c.advance();
                return value.toString();
            }
            if (backslashEscapes && ch == '\\' && c.pos + 1 < c.length) {
                c.advance();
                backslashEscape(c, value);
                continue;
            }
            value.append(ch);
            c.advance();
        }
        c.problem(unterminated, startLine, startCol);
        return value.toString();
    }

    /** Decodes the escape after a backslash in an E'' string; the cursor is on the escaped character. */
    private static void backslashEscape(CharCursor c, StringBuilder value) {
        char ch = c.chars[c.pos];
        c.advance();
        switch (ch) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'x' -> value.appendCodePoint(radixDigits(c, 16, 2));
            case 'u' -> value.appendCodePoint(radixDigits(c, 16, 4));
            case 'U' -> value.appendCodePoint(radixDigits(c, 16, 8));
            default -> {
                if (ch >= '0' && ch <= '7') {
                    c.rewindTo(c.pos - 1);
                    value.appendCodePoint(radixDigits(c, 8, 3));
                } else {
                    value.append(ch);
                }
            }
        }
    }

    private static int radixDigits(CharCursor c, int radix, int max) {
        int v = 0;
        int n = 0;
        while (n < max && c.pos < c.length && Character.digit(c.chars[c.pos], radix) >= 0) {
            v = v * radix + Character.digit(c.chars[c.pos], radix);
            c.advance();
            n++;
        }
        return Character.isValidCodePoint(v) ? v : '?';
    }
}
