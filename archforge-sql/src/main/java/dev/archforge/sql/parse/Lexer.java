package dev.archforge.sql.parse;

import dev.archforge.sql.ast.Comment;
import dev.archforge.sql.ast.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-written tokenizer for PostgreSQL as psql reads it. Pull tokens with {@link #next()};
 * after {@code COPY ... FROM stdin;} the splitter calls {@link #copyData()} to take the data lines
 * as one token. Comments go to {@link #comments()}; an unterminated string, identifier or comment
 * becomes a {@link SourceProblem} and its token runs to the end of the input. Never throws.
 *
 * <p>This class picks the kind of token by its first character and reads words and psql's own
 * syntax; {@link BlanksAndComments}, {@link QuotedLiterals}, {@link NumbersAndOperators} and
 * {@link DollarQuotes} read the rest, all moving one {@link CharCursor}.
 */
public final class Lexer {
    private final CharCursor c;

    public Lexer(String source) {
        this.c = new CharCursor(source);
    }

    /**
     * A lexer over the part of {@code source} from {@code offset} to {@code end}, which starts at
     * {@code line} and {@code column}: its tokens are those a lexer of the whole source makes there
     * when the part starts and ends at token boundaries (a statement's first and last token), their
     * words shared through {@code words}.
     */
    Lexer(String source, int offset, int end, int line, int column, Map<String, String> words) {
        this.c = new CharCursor(source.substring(offset, end), offset, line, column, words, false);
    }

    /**
     * The distinct words and symbols read so far. A lexer that reads a statement again only looks
     * them up, so several threads may share them once the first reading is done.
     */
    Map<String, String> words() {
        return c.pool();
    }

    /** Every token up to the end, for tests and tools that do not need statements. */
    public static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.EOF; t = lexer.next()) {
            out.add(t);
        }
        return out;
    }

    public List<Comment> comments() {
        return List.copyOf(c.comments);
    }

    public List<SourceProblem> problems() {
        return List.copyOf(c.problems);
    }

    /** The next token, or an {@link TokenKind#EOF} token at the end. */
    public Token next() {
        CharCursor c = this.c;
        BlanksAndComments.skip(c);
        if (c.pos >= c.length) {
            return new Token(TokenKind.EOF, "", "", c.base + c.pos, c.base + c.pos, c.line, c.col, c.line, c.col);
        }
        int start = c.pos;
        int startLine = c.line;
        int startCol = c.col;
        char ch = c.chars[c.pos];
        if (ch == '\\') {
            c.advanceToEndOfLine();
            return c.make(TokenKind.PSQL_META, c.src.substring(start, c.pos).strip(), start, startLine, startCol);
        }
        if (ch == '\'') {
            String value = QuotedLiterals.standardString(c, startLine, startCol);
            return c.make(TokenKind.STRING, value, start, startLine, startCol);
        }
        if (ch == '"') {
            String value = QuotedLiterals.quotedIdentifier(c, startLine, startCol);
            return c.make(TokenKind.QUOTED_IDENTIFIER, value, start, startLine, startCol);
        }
        if (SqlChars.isIdentStart(ch)) {
            return word(start, startLine, startCol);
        }
        if (SqlChars.isDigit(ch) || (ch == '.' && SqlChars.isDigit(c.peek(1)))) {
            NumbersAndOperators.number(c);
            String text = c.src.substring(start, c.pos);
            return c.token(TokenKind.NUMBER, text, text, start, startLine, startCol);
        }
        if (ch == '$') {
            return DollarQuotes.scan(c, start, startLine, startCol);
        }
        if (ch == ':') {
            return colon(start, startLine, startCol);
        }
        if ("()[],;.".indexOf(ch) >= 0) {
            c.advance();
            String text = SqlChars.asString(ch);
            return c.token(TokenKind.PUNCTUATION, text, text, start, startLine, startCol);
        }
        if (NumbersAndOperators.isOperatorChar(ch)) {
            NumbersAndOperators.operator(c);
            String text = c.src.substring(start, c.pos);
            return c.token(TokenKind.OPERATOR, text, text, start, startLine, startCol);
        }
        c.advance();
        return c.make(TokenKind.UNKNOWN, String.valueOf(ch), start, startLine, startCol);
    }

    /**
     * Takes the data of {@code COPY ... FROM stdin}: from the line after the current one up to and
     * including a line that is just {@code \.}, or to the end of the input.
     */
    public Token copyData() {
        CharCursor c = this.c;
        c.advanceToEndOfLine();
        if (c.pos < c.length) {
            c.advance();
        }
        int start = c.pos;
        int startLine = c.line;
        int startCol = c.col;
        int dataEnd = c.length;
        while (c.pos < c.length) {
            int lineStart = c.pos;
            c.advanceToEndOfLine();
            String text = c.src.substring(lineStart, c.pos).strip();
            if (c.pos < c.length) {
                c.advance();
            }
            if (text.equals("\\.")) {
                dataEnd = lineStart;
                break;
            }
        }
        if (c.pos == start) {
            return new Token(
                    TokenKind.COPY_DATA,
                    "",
                    "",
                    c.base + start,
                    c.base + start,
                    startLine,
                    startCol,
                    startLine,
                    startCol);
        }
        String data = c.src.substring(start, Math.min(dataEnd, c.length));
        return c.make(TokenKind.COPY_DATA, data, start, startLine, startCol);
    }

    /** A word, or a literal with a letter prefix: {@code E'..'}, {@code B'..'}, {@code U&'..'}, {@code U&".."}. */
    private Token word(int start, int startLine, int startCol) {
        CharCursor c = this.c;
        char ch = c.chars[c.pos];
        char n = c.peek(1);
        if (n == '\'' && "eEbBxXnN".indexOf(ch) >= 0) {
            c.advance();
            String value = (ch == 'e' || ch == 'E')
                    ? QuotedLiterals.escapeString(c, startLine, startCol)
                    : QuotedLiterals.standardString(c, startLine, startCol);
            return c.make(TokenKind.STRING, value, start, startLine, startCol);
        }
        if ((ch == 'u' || ch == 'U') && n == '&' && (c.peek(2) == '\'' || c.peek(2) == '"')) {
            c.advance();
            c.advance();
            if (c.chars[c.pos] == '\'') {
                String value = QuotedLiterals.standardString(c, startLine, startCol);
                return c.make(TokenKind.STRING, SqlChars.unicodeEscapes(value), start, startLine, startCol);
            }
            String value = QuotedLiterals.quotedIdentifier(c, startLine, startCol);
            return c.make(TokenKind.QUOTED_IDENTIFIER, SqlChars.unicodeEscapes(value), start, startLine, startCol);
        }
        while (c.pos < c.length && SqlChars.isIdentPart(c.chars[c.pos])) {
            c.advance();
        }
        String text = c.src.substring(start, c.pos);
        return c.token(TokenKind.WORD, text, SqlChars.foldCase(text), start, startLine, startCol);
    }

    /** {@code ::}, {@code :=}, a psql variable {@code :name}, {@code :'name'} or {@code :"name"}, or {@code :}. */
    private Token colon(int start, int startLine, int startCol) {
        CharCursor c = this.c;
        char n = c.peek(1);
        if (n == ':' || n == '=') {
            c.advance();
            c.advance();
            return c.make(
                    n == ':' ? TokenKind.PUNCTUATION : TokenKind.OPERATOR,
                    c.src.substring(start, c.pos),
                    start,
                    startLine,
                    startCol);
        }
        if (SqlChars.isIdentStart(n)) {
            c.advance();
            while (c.pos < c.length && SqlChars.isIdentPart(c.chars[c.pos])) {
                c.advance();
            }
            return c.make(TokenKind.PSQL_VARIABLE, c.src.substring(start + 1, c.pos), start, startLine, startCol);
        }
        if ((n == '\'' || n == '"') && c.src.indexOf(n, c.pos + 2) > 0) {
            int close = c.src.indexOf(n, c.pos + 2);
            int nl = c.src.indexOf('\n', c.pos + 2);
            if (nl < 0 || close < nl) {
                c.advanceBy(close + 1 - c.pos);
                return c.make(
                        TokenKind.PSQL_VARIABLE, c.src.substring(start + 2, c.pos - 1), start, startLine, startCol);
            }
        }
        c.advance();
        return c.make(TokenKind.PUNCTUATION, ":", start, startLine, startCol);
    }
}
