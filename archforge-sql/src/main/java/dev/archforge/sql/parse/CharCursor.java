package dev.archforge.sql.parse;

import dev.archforge.sql.ast.Comment;
import dev.archforge.sql.ast.SourceProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the {@link Lexer} is in its source (index, line and column) and what it set aside there:
 * comments and problems. The scanners of each kind of token move it and make their tokens with it.
 */
final class CharCursor {
    private static final int MAX_POOLED = 1 << 16;
    /** The text being read: the whole source, or the part of it one statement covers. */
    final String src;
    /** Where {@link #src} starts in the whole source: tokens carry offsets into the whole source. */
    final int base;
    // the source as an array: String.charAt on a source with any non-Latin-1 character goes
    // through UTF-16 bounds checks that the C1 compiler leaves in, once per character per pass
    final char[] chars;
    final int length;
    final List<Comment> comments = new ArrayList<>();
    final List<SourceProblem> problems = new ArrayList<>();
    private final Map<String, String> pool;
    /** False when reading a statement again: the pool of the first reading is then only read. */
    private final boolean growPool;

    int pos;
    int line = 1;
    int col = 1;

    CharCursor(String source) {
        this(source, 0, 1, 1, new HashMap<>(), true);
    }

    /**
     * A cursor over {@code part}, which starts at offset {@code base}, line and column of the whole
     * source, sharing the words of {@code pool} (and adding to it when {@code growPool}).
     */
    CharCursor(String part, int base, int line, int col, Map<String, String> pool, boolean growPool) {
        this.src = part;
        this.base = base;
        this.pool = pool;
        this.growPool = growPool;
        this.chars = part.toCharArray();
        this.length = chars.length;
        this.line = line;
        this.col = col;
    }

    /** The character {@code ahead} places on, or {@code '\0'} past the end. */
    char peek(int ahead) {
        int i = pos + ahead;
        return i < length ? chars[i] : '\0';
    }

    void advance() {
        if (chars[pos] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        pos++;
    }

    void advanceBy(int n) {
        for (int i = 0; i < n && pos < length; i++) {
            advance();
        }
    }

    void advanceToEndOfLine() {
        while (pos < length && chars[pos] != '\n') {
            advance();
        }
    }

    /** Steps back on the current line (operators and escapes never span lines). */
    void rewindTo(int target) {
        col -= pos - target;
        pos = target;
    }

    /** The words and symbols read so far, each once: a statement read again shares them. */
    Map<String, String> pool() {
        return pool;
    }

    private String shared(String s) {
        String known = pool.get(s);
        if (known != null) {
            return known;
        }
        if (growPool && pool.size() < MAX_POOLED) {
            pool.put(s, s);
        }
        return s;
    }

    void problem(String message, int atLine, int atColumn) {
        problems.add(new SourceProblem(message, atLine, atColumn));
    }

    /** A token from {@code start} to here, its text the source between. */
    Token make(TokenKind kind, String value, int start, int startLine, int startCol) {
        return token(kind, src.substring(start, pos), value, start, startLine, startCol);
    }

    /**
     * A token from {@code start} to here. Words, identifiers and symbols repeat (a dump of a million
     * INSERTs holds a few dozen distinct ones): each distinct text is kept once, up to a bound.
     */
    Token token(TokenKind kind, String rawText, String rawValue, int start, int startLine, int startCol) {
        String text = rawText;
        String value = rawValue;
        if (kind == TokenKind.WORD
                || kind == TokenKind.PUNCTUATION
                || kind == TokenKind.OPERATOR
                || kind == TokenKind.QUOTED_IDENTIFIER) {
            text = shared(rawText);
            value = rawValue.equals(rawText) ? text : shared(rawValue);
        }
        // the line and column of the token's last character
        if (pos == start) {
            return new Token(kind, text, value, base + start, base + pos, startLine, startCol, line, col);
        }
        if (col > 1) {
            return new Token(kind, text, value, base + start, base + pos, startLine, startCol, line, col - 1);
        }
        int lineStart = src.lastIndexOf('\n', pos - 2) + 1;
        return new Token(
                kind,
                text,
                value,
                base + start,
                base + pos,
                startLine,
                startCol,
                Math.max(line - 1, 1),
                pos - lineStart);
    }
}
