package dev.archforge.sql.ast;

/** {@code [WITH ...] INSERT INTO table ...}. */
public record Insert(QualifiedName table, Span span) implements Statement {}
