package dev.archforge.sql.parse;

import dev.archforge.model.ArchforgeException;

/** Thrown inside the parser when a statement does not fit the grammar; it never leaves the parser. */
final class SyntaxError extends ArchforgeException {
    private static final long serialVersionUID = 1L;

    private final transient Token at;

    SyntaxError(String message, Token at) {
        super(message);
        this.at = at;
    }

    Token at() {
        return at;
    }
}
