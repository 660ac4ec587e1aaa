package dev.archforge.sql.parse;

import dev.archforge.sql.ast.Comment;
import dev.archforge.sql.ast.SourceProblem;
import java.util.List;

/** A SQL file cut into statements, with its comments and the problems met while reading it. */
public record Script(
        String source, List<RawStatement> statements, List<Comment> comments, List<SourceProblem> problems) {
    public Script {
        statements = List.copyOf(statements);
        comments = List.copyOf(comments);
        problems = List.copyOf(problems);
    }

    /** The source text from the start of {@code from} to the end of {@code to}. */
    public String text(Token from, Token to) {
        return source.substring(from.offset(), Math.max(from.offset(), to.endOffset()));
    }
}
