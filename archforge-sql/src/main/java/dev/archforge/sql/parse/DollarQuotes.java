package dev.archforge.sql.parse;

/** What starts with {@code $}: a positional parameter {@code $1} or a dollar-quoted string. */
final class DollarQuotes {
    private DollarQuotes() {}

    /**
     * {@code $1}, {@code $$...$$} or {@code $tag$...$tag$}; a lone {@code $} is an unknown token.
     * The cursor is on the {@code $}.
     */
    static Token scan(CharCursor c, int start, int startLine, int startCol) {
        if (SqlChars.isDigit(c.peek(1))) {
            c.advance();
            NumbersAndOperators.digits(c);
            return c.make(TokenKind.PARAMETER, c.src.substring(start, c.pos), start, startLine, startCol);
        }
        int tagEnd = c.pos + 1;
        if (tagEnd < c.length && SqlChars.isDollarTagStart(c.chars[tagEnd])) {
            while (tagEnd < c.length && SqlChars.isDollarTagPart(c.chars[tagEnd])) {
                tagEnd++;
            }
        }
        if (tagEnd >= c.length || c.chars[tagEnd] != '$') {
            c.advance();
            return c.make(TokenKind.UNKNOWN, "$", start, startLine, startCol);
        }
        String tag = c.src.substring(c.pos, tagEnd + 1);
        int close = c.src.indexOf(tag, tagEnd + 1);
        int bodyStart = tagEnd + 1;
        if (close < 0) {
            c.problem("unterminated dollar-quoted string " + tag, startLine, startCol);
            c.advanceBy(c.length - c.pos);
            return c.make(TokenKind.DOLLAR_STRING, c.src.substring(bodyStart), start, startLine, startCol);
        }
        c.advanceBy(close + tag.length() - c.pos);
        return c.make(TokenKind.DOLLAR_STRING, c.src.substring(bodyStart, close), start, startLine, startCol);
    }
}
