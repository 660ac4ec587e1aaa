package dev.archforge.sql.parse;

import java.util.Objects;

/**
 * One token of a SQL script with its place. {@code text} is the source as written; {@code value}
 * is what it means: a word folded to lower case, a quoted identifier or string without its quotes
 * and escapes. {@code offset} and {@code endOffset} index the source; lines and columns are
 * 1-based, the end column is that of the last character.
 */
public record Token(
        TokenKind kind,
        String text,
        String value,
        int offset,
        int endOffset,
        int line,
        int column,
        int endLine,
        int endColumn) {

    public Token {
        Objects.requireNonNull(kind, "kind");
        if (offset < 0 || endOffset < offset) {
            throw new IllegalArgumentException("bad token range " + offset + ".." + endOffset);
        }
    }

    /** True for the unquoted word {@code lowerCase} (a keyword), in any case as written. */
    public boolean is(String lowerCase) {
        return kind == TokenKind.WORD && value.equals(lowerCase);
    }

    /** True for one of the unquoted words. */
    public boolean isAny(String... lowerCase) {
        if (kind != TokenKind.WORD) {
            return false;
        }
        for (String w : lowerCase) {
            if (value.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** True for the punctuation or operator written exactly as {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return (kind == TokenKind.PUNCTUATION || kind == TokenKind.OPERATOR) && text.equals(symbol);
    }

    /** True for a word or quoted identifier: something that can name an object. */
    public boolean isIdentifier() {
        return kind == TokenKind.WORD || kind == TokenKind.QUOTED_IDENTIFIER;
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line + ":" + column;
    }
}
