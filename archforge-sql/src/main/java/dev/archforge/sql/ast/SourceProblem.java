package dev.archforge.sql.ast;

/** Something in the text no tokenizer can get past cleanly, such as an unterminated string. */
public record SourceProblem(String message, int line, int column) {
    public SourceProblem {
        if (message.isBlank()) {
            throw new IllegalArgumentException("a source problem needs a message");
        }
    }
}
