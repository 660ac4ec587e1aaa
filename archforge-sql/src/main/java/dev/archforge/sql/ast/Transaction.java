package dev.archforge.sql.ast;

/**
 * Transaction control: BEGIN, START TRANSACTION, COMMIT, ROLLBACK, SAVEPOINT...
 *
 * @param toSavepoint a {@code ROLLBACK TO [SAVEPOINT] name}, which undoes part of the transaction
 *     and leaves it open
 */
public record Transaction(Kind kind, boolean toSavepoint, Span span) implements Statement {
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
