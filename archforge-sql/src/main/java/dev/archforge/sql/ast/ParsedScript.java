package dev.archforge.sql.ast;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One SQL file as the parser hands it to the review: its statements in order, its comments (for
 * suppressions), the problems in its text, and where its data statements read. Rules read this,
 * never the parser's tokens.
 */
public final class ParsedScript {
    private final List<Statement> statements;
    private final List<Comment> comments;
    private final List<SourceProblem> problems;
    private final Supplier<FirstReads> firstReadsOf;
    private volatile @Nullable FirstReads firstReads;

    /**
     * @param firstReadsOf works out {@link #firstReads()} when first asked: only the rules that
     *     judge a drop in a migration ask, so a schema review does not pay for a pass over the
     *     tokens of every INSERT of a data dump
     */
    public ParsedScript(
            List<Statement> statements,
            List<Comment> comments,
            List<SourceProblem> problems,
            Supplier<FirstReads> firstReadsOf) {
        this.statements = List.copyOf(statements);
        this.comments = List.copyOf(comments);
        this.problems = List.copyOf(problems);
        this.firstReadsOf = firstReadsOf;
    }

    /** Every statement, in order, including parse problems and psql meta-commands. */
    public List<Statement> statements() {
        return statements;
    }

    public List<Comment> comments() {
        return comments;
    }

    /** What no tokenizer could get past cleanly, such as an unterminated string. */
    public List<SourceProblem> problems() {
        return problems;
    }

    /** Where the file's data statements read; worked out once, on first use. */
    public FirstReads firstReads() {
        FirstReads reads = firstReads;
        if (reads == null) {
            synchronized (this) {
                reads = firstReads;
                if (reads == null) {
                    reads = firstReadsOf.get();
                    firstReads = reads;
                }
            }
        }
        return reads;
    }
}
