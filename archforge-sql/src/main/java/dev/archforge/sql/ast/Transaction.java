package dev.archforge.sql.ast;

/** Transaction control: BEGIN, START TRANSACTION, COMMIT, ROLLBACK, SAVEPOINT... */
public record Transaction(Kind kind, Span span) implements Statement {
    /** Which transaction command. */
    public enum Kind {
        BEGIN,
        COMMIT,
        ROLLBACK,
        SAVEPOINT,
        RELEASE,
        PREPARE
    }
}
