package dev.archforge.sql.parse;

import dev.archforge.sql.ast.Comment;

/** Skips what separates tokens: PostgreSQL's blanks and comments, which are kept aside. */
final class BlanksAndComments {
    private BlanksAndComments() {}

    /** Moves past blanks, {@code --} comments and nested {@code /* *}{@code /} comments. */
    static void skip(CharCursor c) {
        while (c.pos < c.length) {
            char ch = c.chars[c.pos];
            if (SqlChars.isSpace(ch)) {
                c.advance();
            } else if (ch == '-' && c.peek(1) == '-') {
                lineComment(c);
            } else if (ch == '/' && c.peek(1) == '*') {
                blockComment(c);
            } else {
                return;
            }
        }
    }

    private static void lineComment(CharCursor c) {
        int start = c.pos;
        int startLine = c.line;
        int startCol = c.col;
        // PostgreSQL ends a -- comment at a carriage return too
        while (c.pos < c.length && c.chars[c.pos] != '\n' && c.chars[c.pos] != '\r') {
            c.advance();
        }
        c.comments.add(new Comment(c.src.substring(start, c.pos), false, startLine, startCol, startLine));
    }

    private static void blockComment(CharCursor c) {
        int start = c.pos;
        int startLine = c.line;
        int startCol = c.col;
        c.advance();
        c.advance();
        int depth = 1;
        while (c.pos < c.length && depth > 0) {
            char ch = c.chars[c.pos];
            if (ch == '/' && c.peek(1) == '*') {
                depth++;
                c.advance();
            } else if (ch == '*' && c.peek(1) == '/') {
                depth--;
                c.advance();
            }
            c.advance();
        }
        if (depth > 0) {
            c.problem("unterminated /* comment", startLine, startCol);
        }
        c.comments.add(new Comment(c.src.substring(start, c.pos), true, startLine, startCol, c.line));
    }
}
