package dev.archforge.sql.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written tokenizer for PostgreSQL as psql reads it. Pull tokens with {@link #next()};
 * after {@code COPY ... FROM stdin;} the splitter calls {@link #copyData()} to take the data lines
 * as one token. Comments go to {@link #comments()}; an unterminated string, identifier or comment
 * becomes a {@link SourceProblem} and its token runs to the end of the input. Never throws.
 */
public final class Lexer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    private static final String NON_TRAILING_MARKERS = "~!@#%^&|`?";

    private final String src;
    // the source as an array: String.charAt on a source with any non-Latin-1 character goes
    // through UTF-16 bounds checks that the C1 compiler leaves in, once per character per pass
    private final char[] chars;
    private final int length;
    private final List<Comment> comments = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int col = 1;

    public Lexer(String source) {
        this.src = source;
        this.chars = source.toCharArray();
        this.length = chars.length;
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
        return List.copyOf(comments);
    }

    public List<SourceProblem> problems() {
        return List.copyOf(problems);
    }

    /** The next token, or an {@link TokenKind#EOF} token at the end. */
    public Token next() {
        skipBlanksAndComments();
        if (pos >= length) {
            return new Token(TokenKind.EOF, "", "", pos, pos, line, col, line, col);
        }
        int start = pos;
        int startLine = line;
        int startCol = col;
        char c = chars[pos];
        TokenKind kind;
        String value;
        if (c == '\\') {
            advanceToEndOfLine();
            kind = TokenKind.PSQL_META;
            value = src.substring(start, pos).strip();
        } else if (c == '\'') {
            value = standardString(startLine, startCol);
            kind = TokenKind.STRING;
        } else if (c == '"') {
            value = quotedIdentifier(startLine, startCol);
            kind = TokenKind.QUOTED_IDENTIFIER;
        } else if (SqlChars.isIdentStart(c)) {
            return word(start, startLine, startCol);
        } else if (SqlChars.isDigit(c) || (c == '.' && SqlChars.isDigit(peek(1)))) {
            number();
            String text = src.substring(start, pos);
            return token(TokenKind.NUMBER, text, text, start, startLine, startCol);
        } else if (c == '$') {
            return dollar(start, startLine, startCol);
        } else if (c == ':') {
            return colon(start, startLine, startCol);
        } else if ("()[],;.".indexOf(c) >= 0) {
            advance();
            String text = SqlChars.asString(c);
            return token(TokenKind.PUNCTUATION, text, text, start, startLine, startCol);
        } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
            operator();
            String text = src.substring(start, pos);
            return token(TokenKind.OPERATOR, text, text, start, startLine, startCol);
        } else {
            advance();
            kind = TokenKind.UNKNOWN;
            value = String.valueOf(c);
        }
        return make(kind, value, start, startLine, startCol);
    }

    /**
     * Takes the data of {@code COPY ... FROM stdin}: from the line after the current one up to and
     * including a line that is just {@code \.}, or to the end of the input.
     */
    public Token copyData() {
        advanceToEndOfLine();
        if (pos < length) {
            advance();
        }
        int start = pos;
        int startLine = line;
        int startCol = col;
        int dataEnd = length;
        while (pos < length) {
            int lineStart = pos;
            advanceToEndOfLine();
            String text = src.substring(lineStart, pos).strip();
            if (pos < length) {
                advance();
            }
            if (text.equals("\\.")) {
                dataEnd = lineStart;
                break;
            }
        }
        if (pos == start) {
            return new Token(TokenKind.COPY_DATA, "", "", start, start, startLine, startCol, startLine, startCol);
        }
        String data = src.substring(start, Math.min(dataEnd, length));
        return make(TokenKind.COPY_DATA, data, start, startLine, startCol);
    }

    private Token make(TokenKind kind, String value, int start, int startLine, int startCol) {
        return token(kind, src.substring(start, pos), value, start, startLine, startCol);
    }

    private Token token(TokenKind kind, String text, String value, int start, int startLine, int startCol) {
        // the line and column of the token's last character
        if (pos == start) {
            return new Token(kind, text, value, start, pos, startLine, startCol, line, col);
        }
        if (col > 1) {
            return new Token(kind, text, value, start, pos, startLine, startCol, line, col - 1);
        }
        int lineStart = src.lastIndexOf('\n', pos - 2) + 1;
        return new Token(kind, text, value, start, pos, startLine, startCol, Math.max(line - 1, 1), pos - lineStart);
    }

    private void skipBlanksAndComments() {
        while (pos < length) {
            char c = chars[pos];
            if (SqlChars.isSpace(c)) {
                advance();
            } else if (c == '-' && peek(1) == '-') {
                int start = pos;
                int startLine = line;
                int startCol = col;
                // PostgreSQL ends a -- comment at a carriage return too
                while (pos < length && chars[pos] != '\n' && chars[pos] != '\r') {
                    advance();
                }
                comments.add(new Comment(src.substring(start, pos), false, startLine, startCol, startLine));
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        int start = pos;
        int startLine = line;
        int startCol = col;
        advance();
        advance();
        int depth = 1;
        while (pos < length && depth > 0) {
            char c = chars[pos];
            if (c == '/' && peek(1) == '*') {
                depth++;
                advance();
            } else if (c == '*' && peek(1) == '/') {
                depth--;
                advance();
            }
            advance();
        }
        if (depth > 0) {
            problems.add(new SourceProblem("unterminated /* comment", startLine, startCol));
        }
        comments.add(new Comment(src.substring(start, pos), true, startLine, startCol, line));
    }

    private Token word(int start, int startLine, int startCol) {
        char c = chars[pos];
        char n = peek(1);
        if (n == '\'' && "eEbBxXnN".indexOf(c) >= 0) {
            advance();
            String value =
                    (c == 'e' || c == 'E') ? escapeString(startLine, startCol) : standardString(startLine, startCol);
            return make(TokenKind.STRING, value, start, startLine, startCol);
        }
        if ((c == 'u' || c == 'U') && n == '&' && (peek(2) == '\'' || peek(2) == '"')) {
            advance();
            advance();
            if (chars[pos] == '\'') {
                return make(
                        TokenKind.STRING,
                        SqlChars.unicodeEscapes(standardString(startLine, startCol)),
                        start,
                        startLine,
                        startCol);
            }
            return make(
                    TokenKind.QUOTED_IDENTIFIER,
                    SqlChars.unicodeEscapes(quotedIdentifier(startLine, startCol)),
                    start,
                    startLine,
                    startCol);
        }
        while (pos < length && SqlChars.isIdentPart(chars[pos])) {
            advance();
        }
        String text = src.substring(start, pos);
        return token(TokenKind.WORD, text, SqlChars.foldCase(text), start, startLine, startCol);
    }

    /** {@code '...'} with {@code ''} for a quote; the cursor is on the opening quote. */
    private String standardString(int startLine, int startCol) {
        return quoted('\'', false, "unterminated string literal", startLine, startCol);
    }

    private String quotedIdentifier(int startLine, int startCol) {
        return quoted('"', false, "unterminated quoted identifier", startLine, startCol);
    }

    private String escapeString(int startLine, int startCol) {
        return quoted('\'', true, "unterminated string literal", startLine, startCol);
    }

    private String quoted(char quote, boolean backslashEscapes, String unterminated, int startLine, int startCol) {
        advance();
        StringBuilder value = new StringBuilder();
        while (pos < length) {
            char c = chars[pos];
            if (c == quote) {
                if (peek(1) == quote) {
                    value.append(quote);
                    advance();
                    advance();
                    continue;
                }
                advance();
                return value.toString();
            }
            if (backslashEscapes && c == '\\' && pos + 1 < length) {
                advance();
                backslashEscape(value);
                continue;
            }
            value.append(c);
            advance();
        }
        problems.add(new SourceProblem(unterminated, startLine, startCol));
        return value.toString();
    }

    /** Decodes the escape after a backslash in an E'' string; the cursor is on the escaped character. */
    private void backslashEscape(StringBuilder value) {
        char c = chars[pos];
        advance();
        switch (c) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'x' -> value.appendCodePoint(radixDigits(16, 2));
            case 'u' -> value.appendCodePoint(radixDigits(16, 4));
            case 'U' -> value.appendCodePoint(radixDigits(16, 8));
            default -> {
                if (c >= '0' && c <= '7') {
                    rewindTo(pos - 1);
                    value.appendCodePoint(radixDigits(8, 3));
                } else {
                    value.append(c);
                }
            }
        }
    }

    private int radixDigits(int radix, int max) {
        int v = 0;
        int n = 0;
        while (n < max && pos < length && Character.digit(chars[pos], radix) >= 0) {
            v = v * radix + Character.digit(chars[pos], radix);
            advance();
            n++;
        }
        return Character.isValidCodePoint(v) ? v : '?';
    }

    private void number() {
        if (chars[pos] == '0' && "xXoObB".indexOf(peek(1)) >= 0 && SqlChars.isIdentPart(peek(2))) {
            advance();
            advance();
            while (pos < length && (Character.isLetterOrDigit(chars[pos]) || chars[pos] == '_')) {
                advance();
            }
            return;
        }
        digits();
        if (pos < length && chars[pos] == '.' && peek(1) != '.') {
            advance();
            digits();
        }
        char e = pos < length ? chars[pos] : ' ';
        if ((e == 'e' || e == 'E')
                && (SqlChars.isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && SqlChars.isDigit(peek(2))))) {
            advance();
            advance();
            digits();
        }
    }

    private void digits() {
        while (pos < length && (SqlChars.isDigit(chars[pos]) || (chars[pos] == '_' && SqlChars.isDigit(peek(1))))) {
            advance();
        }
    }

    private Token dollar(int start, int startLine, int startCol) {
        if (SqlChars.isDigit(peek(1))) {
            advance();
            digits();
            return make(TokenKind.PARAMETER, src.substring(start, pos), start, startLine, startCol);
        }
        int tagEnd = pos + 1;
        if (tagEnd < length && SqlChars.isDollarTagStart(chars[tagEnd])) {
            while (tagEnd < length && SqlChars.isDollarTagPart(chars[tagEnd])) {
                tagEnd++;
            }
        }
        if (tagEnd >= length || chars[tagEnd] != '$') {
            advance();
            return make(TokenKind.UNKNOWN, "$", start, startLine, startCol);
        }
        String tag = src.substring(pos, tagEnd + 1);
        int close = src.indexOf(tag, tagEnd + 1);
        int bodyStart = tagEnd + 1;
        if (close < 0) {
            problems.add(new SourceProblem("unterminated dollar-quoted string " + tag, startLine, startCol));
            advanceBy(length - pos);
            return make(TokenKind.DOLLAR_STRING, src.substring(bodyStart), start, startLine, startCol);
        }
        advanceBy(close + tag.length() - pos);
        return make(TokenKind.DOLLAR_STRING, src.substring(bodyStart, close), start, startLine, startCol);
    }

    private Token colon(int start, int startLine, int startCol) {
        char n = peek(1);
        if (n == ':' || n == '=') {
            advance();
            advance();
            return make(
                    n == ':' ? TokenKind.PUNCTUATION : TokenKind.OPERATOR,
                    src.substring(start, pos),
                    start,
                    startLine,
                    startCol);
        }
        if (SqlChars.isIdentStart(n)) {
            advance();
            while (pos < length && SqlChars.isIdentPart(chars[pos])) {
                advance();
            }
            return make(TokenKind.PSQL_VARIABLE, src.substring(start + 1, pos), start, startLine, startCol);
        }
        if ((n == '\'' || n == '"') && src.indexOf(n, pos + 2) > 0) {
            int close = src.indexOf(n, pos + 2);
            int nl = src.indexOf('\n', pos + 2);
            if (nl < 0 || close < nl) {
                advanceBy(close + 1 - pos);
                return make(TokenKind.PSQL_VARIABLE, src.substring(start + 2, pos - 1), start, startLine, startCol);
            }
        }
        advance();
        return make(TokenKind.PUNCTUATION, ":", start, startLine, startCol);
    }

    private void operator() {
        int start = pos;
        while (pos < length && OPERATOR_CHARS.indexOf(chars[pos]) >= 0) {
            char c = chars[pos];
            if (pos > start && ((c == '-' && peek(1) == '-') || (c == '/' && peek(1) == '*'))) {
                break;
            }
            advance();
        }
        // PostgreSQL: a multi-character operator cannot end in + or - unless it also holds one of
        // ~ ! @ # % ^ & | ` ?, so "=-1" is "=" followed by "-1".
        String op = src.substring(start, pos);
        int keep = op.length();
        if (keep > 1 && op.chars().noneMatch(ch -> NON_TRAILING_MARKERS.indexOf(ch) >= 0)) {
            while (keep > 1 && (op.charAt(keep - 1) == '+' || op.charAt(keep - 1) == '-')) {
                keep--;
            }
        }
        if (keep < op.length()) {
            rewindTo(start);
            advanceBy(keep);
        }
    }

    /** Steps back on the current line (operators and escapes never span lines). */
    private void rewindTo(int target) {
        col -= pos - target;
        pos = target;
    }

    private void advanceToEndOfLine() {
        while (pos < length && chars[pos] != '\n') {
            advance();
        }
    }

    private void advance() {
        if (chars[pos] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        pos++;
    }

    private void advanceBy(int n) {
        for (int i = 0; i < n && pos < length; i++) {
            advance();
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < length ? chars[i] : '\0';
    }
}
