package dev.archforge.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One statement as the splitter cut it: its tokens without the closing {@code ;}, or one psql
 * meta-command, with the data lines of {@code COPY ... FROM stdin} when it has them.
 *
 * <p>It keeps where its tokens are in the source, not the tokens: a dump of a million INSERTs has
 * fourteen million tokens, 48 bytes each, and the review needs them only while it parses a
 * statement and for the few statements some migration rules read again. {@link #tokens()} reads
 * them again from the source each time it is asked. A statement whose lines a psql meta-command
 * interrupts keeps its tokens, since reading its text again would take the meta-command in.
 */
public final class RawStatement {

    /** A SQL statement or a psql meta-command line. */
    public enum Kind {
        SQL,
        PSQL_META
    }

    private final Kind kind;
    private final String source;
    private final Map<String, String> words;
    private final int offset;
    private final int endOffset;
    private final int line;
    private final int column;
    private final @Nullable List<Token> kept;
    private final Optional<Token> copyData;
    private final boolean terminated;

    /**
     * @param source the whole script the tokens come from
     * @param words the words and symbols the splitter read, shared by the tokens read again
     * @param tokens the statement's tokens, in order; at least one
     * @param keep true to keep the tokens rather than read them again from the source
     * @param terminated whether a {@code ;} closed it (the last statement of a file may lack one)
     */
    RawStatement(
            Kind kind,
            String source,
            Map<String, String> words,
            List<Token> tokens,
            boolean keep,
            Optional<Token> copyData,
            boolean terminated) {
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a statement has at least one token");
        }
        Token first = tokens.get(0);
        this.kind = kind;
        this.source = source;
        this.words = words;
        this.offset = first.offset();
        this.endOffset = tokens.get(tokens.size() - 1).endOffset();
        this.line = first.line();
        this.column = first.column();
        this.kept = keep ? List.copyOf(tokens) : null;
        this.copyData = copyData;
        this.terminated = terminated;
    }

    public Kind kind() {
        return kind;
    }

    /** The statement's tokens, read again from the source unless they were kept. */
    public List<Token> tokens() {
        if (kept != null) {
            return kept;
        }
        Lexer lexer = new Lexer(source, offset, endOffset, line, column, words);
        List<Token> out = new ArrayList<>();
        for (Token t = lexer.next(); t.kind() != TokenKind.EOF; t = lexer.next()) {
            out.add(t);
        }
        return List.copyOf(out);
    }

    public Optional<Token> copyData() {
        return copyData;
    }

    public boolean terminated() {
        return terminated;
    }

    public Token first() {
        return tokens().get(0);
    }

    public Token last() {
        List<Token> tokens = tokens();
        return tokens.get(tokens.size() - 1);
    }

    /** Where the first token starts in the source. */
    public int offset() {
        return offset;
    }

    /** Where the last token ends in the source (exclusive). */
    public int endOffset() {
        return endOffset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    @Override
    public String toString() {
        return kind + "@" + line + ":" + column;
    }
}
