package dev.archforge.sql.parse;

/** Numeric constants and operators, read the way PostgreSQL's scanner reads them. */
final class NumbersAndOperators {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    private static final String NON_TRAILING_MARKERS = "~!@#%^&|`?";

    private NumbersAndOperators() {}

    static boolean isOperatorChar(char c) {
        return OPERATOR_CHARS.indexOf(c) >= 0;
    }

    /**
     * Moves past a number: {@code 42}, {@code 1_000}, {@code 3.14}, {@code .5}, {@code 1e-3},
     * {@code 0x1F}, {@code 0o17}, {@code 0b101}. The cursor is on its first character.
     */
    static void number(CharCursor c) {
        if (c.chars[c.pos] == '0' && "xXoObB".indexOf(c.peek(1)) >= 0 && SqlChars.isIdentPart(c.peek(2))) {
            c.advance();
            c.advance();
            while (c.pos < c.length && (Character.isLetterOrDigit(c.chars[c.pos]) || c.chars[c.pos] == '_')) {
                c.advance();
            }
            return;
        }
        digits(c);
        if (c.pos < c.length && c.chars[c.pos] == '.' && c.peek(1) != '.') {
            c.advance();
            digits(c);
        }
        char e = c.pos < c.length ? c.chars[c.pos] : ' ';
        if ((e == 'e' || e == 'E')
                && (SqlChars.isDigit(c.peek(1))
                        || ((c.peek(1) == '+' || c.peek(1) == '-') && SqlChars.isDigit(c.peek(2))))) {
            c.advance();
            c.advance();
            digits(c);
        }
    }

    /** Moves past digits, with single underscores between them. */
    static void digits(CharCursor c) {
        while (c.pos < c.length
                && (SqlChars.isDigit(c.chars[c.pos]) || (c.chars[c.pos] == '_' && SqlChars.isDigit(c.peek(1))))) {
            c.advance();
        }
    }

    /** Moves past an operator; the cursor is on its first character. */
    static void operator(CharCursor c) {
        int start = c.pos;
        while (c.pos < c.length && isOperatorChar(c.chars[c.pos])) {
            char ch = c.chars[c.pos];
            if (c.pos > start && ((ch == '-' && c.peek(1) == '-') || (ch == '/' && c.peek(1) == '*'))) {
                break;
            }
            c.advance();
        }
        // PostgreSQL: a multi-character operator cannot end in + or - unless it also holds one of
        // ~ ! @ # % ^ & | ` ?, so "=-1" is "=" followed by "-1".
        String op = c.src.substring(start, c.pos);
        int keep = op.length();
        if (keep > 1 && op.chars().noneMatch(ch -> NON_TRAILING_MARKERS.indexOf(ch) >= 0)) {
            while (keep > 1 && (op.charAt(keep - 1) == '+' || op.charAt(keep - 1) == '-')) {
                keep--;
            }
        }
        if (keep < op.length()) {
            c.rewindTo(start);
            c.advanceBy(keep);
        }
    }
}
