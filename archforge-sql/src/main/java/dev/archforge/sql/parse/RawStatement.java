package dev.archforge.sql.parse;

import java.util.List;
import java.util.Optional;

/**
 * One statement as the splitter cut it: its tokens without the closing {@code ;}, or one psql
 * meta-command, with the data lines of {@code COPY ... FROM stdin} when it has them.
 *
 * @param terminated whether a {@code ;} closed it (the last statement of a file may lack one)
 */
public record RawStatement(Kind kind, List<Token> tokens, Optional<Token> copyData, boolean terminated) {

    /** A SQL statement or a psql meta-command line. */
    public enum Kind {
        SQL,
        PSQL_META
    }

    public RawStatement {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a statement has at least one token");
        }
    }

    public Token first() {
        return tokens.get(0);
    }

    public Token last() {
        return tokens.get(tokens.size() - 1);
    }

    public int line() {
        return first().line();
    }

    public int column() {
        return first().column();
    }
}
