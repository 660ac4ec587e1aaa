package dev.archforge.sql.ast;

/**
 * {@code [WITH ...] INSERT INTO table ...}.
 *
 * @param literalRows true when the rows are written out in a VALUES list (no SELECT): seed data
 */
public record Insert(QualifiedName table, boolean literalRows, Span span) implements Statement {}
