package dev.archforge.sql.parse;

import dev.archforge.sql.ast.Ident;
import dev.archforge.sql.ast.QualifiedName;
import dev.archforge.sql.ast.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A position in the tokens of one statement, with the small moves every statement parser needs. */
final class Cursor {
    private final List<Token> tokens;
    private final Token end;
    private int pos;

    Cursor(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        Token last = tokens.get(tokens.size() - 1);
        this.end = new Token(
                TokenKind.EOF,
                "",
                "",
                last.endOffset(),
                last.endOffset(),
                last.endLine(),
                last.endColumn() + 1,
                last.endLine(),
                last.endColumn() + 1);
    }

    List<Token> tokens() {
        return tokens;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : end;
    }

    Token first() {
        return tokens.get(0);
    }

    /** The last token consumed (the first one when nothing was consumed yet). */
    Token previous() {
        return tokens.get(Math.max(0, pos - 1));
    }

    Token next() {
        Token t = peek();
        if (pos < tokens.size()) {
            pos++;
        }
        return t;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    boolean at(String word) {
        return peek().is(word);
    }

    boolean atAny(String... words) {
        return peek().isAny(words);
    }

    boolean atSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    /** Consumes the word when it is next. */
    boolean accept(String word) {
        if (at(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the words when all of them come next, in order; otherwise consumes nothing. */
    boolean acceptAll(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (!peek(i).is(words[i])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(String word) {
        if (!accept(word)) {
            throw fail("'" + word.toUpperCase(java.util.Locale.ROOT) + "'");
        }
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw fail("'" + symbol + "'");
        }
    }

    SyntaxError fail(String expected) {
        Token t = peek();
        String found = t.kind() == TokenKind.EOF ? "the end of the statement" : "'" + shorten(t.text()) + "'";
        return new SyntaxError("expected " + expected + " but found " + found, t);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }

    boolean atIdentifier() {
        return peek().isIdentifier();
    }

    Ident identifier() {
        if (!atIdentifier()) {
            throw fail("a name");
        }
        return ident(next());
    }

    static Ident ident(Token t) {
        return new Ident(t.text(), t.value(), t.kind() == TokenKind.QUOTED_IDENTIFIER);
    }

    QualifiedName qualifiedName() {
        Token start = peek();
        List<Ident> parts = new ArrayList<>();
        parts.add(identifier());
        while (atSymbol(".") && peek(1).isIdentifier()) {
            pos++;
            parts.add(identifier());
        }
        return new QualifiedName(parts, span(start, previous()));
    }

    /** {@code ( name, name, ... )}, tolerating per-name suffixes such as {@code ASC} in some dialects. */
    List<Ident> identifierList() {
        expectSymbol("(");
        List<Ident> names = new ArrayList<>();
        if (acceptSymbol(")")) {
            return names;
        }
        do {
            names.add(identifier());
        } while (acceptSymbol(","));
        expectSymbol(")");
        return names;
    }

    /** Skips a parenthesised group starting at the cursor; does nothing when not at {@code (}. */
    void skipParenthesized() {
        if (!atSymbol("(")) {
            return;
        }
        int depth = 0;
        do {
            Token t = next();
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            }
        } while (depth > 0 && !atEnd());
    }

    /** The text of a parenthesised group without its outer parentheses. */
    String parenthesizedText() {
        expectSymbol("(");
        int start = pos;
        int depth = 1;
        while (!atEnd()) {
            Token t = peek();
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
                if (depth == 0) {
                    break;
                }
            }
            pos++;
        }
        String text = text(start, pos);
        expectSymbol(")");
        return text;
    }

    /**
     * Consumes an expression up to (not including) a {@code ,} or {@code )} outside brackets, one
     * of the stop words outside brackets, or the end; returns its normalized text.
     */
    String expressionUntil(Set<String> stopWords) {
        int start = pos;
        int depth = 0;
        while (!atEnd()) {
            Token t = peek();
            if (depth == 0
                    && pos > start
                    && (t.isSymbol(",")
                            || t.isSymbol(")")
                            || (t.kind() == TokenKind.WORD && stopWords.contains(t.value())))) {
                break;
            }
            if (depth == 0 && pos == start && (t.isSymbol(",") || t.isSymbol(")"))) {
                break;
            }
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            }
            pos++;
        }
        if (pos == start) {
            throw fail("an expression");
        }
        return text(start, pos);
    }

    /** Consumes the rest of the statement and returns its normalized text (empty at the end). */
    String rest() {
        int start = pos;
        pos = tokens.size();
        return text(start, pos);
    }

    /**
     * Tokens {@code [from, to)} as one line of text: token texts joined by one space where the
     * source had blanks or comments between them, and by nothing where it had none.
     */
    String text(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > from && t.offset() > tokens.get(i - 1).endOffset()) {
                b.append(' ');
            }
            b.append(t.text());
        }
        return b.toString();
    }

    /** Finds the word outside brackets from the cursor on, without moving; -1 when absent. */
    int findAtDepthZero(String word) {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && t.is(word)) {
                return i;
            }
        }
        return -1;
    }

    Span spanFrom(Token start) {
        return span(start, previous().offset() >= start.offset() ? previous() : start);
    }

    static Span span(Token from, Token to) {
        return new Span(from.line(), from.column(), to.endLine(), to.endColumn());
    }
}
