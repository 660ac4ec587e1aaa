package dev.archforge.sql.ast;

/** {@code [WITH ...] UPDATE table SET ... [WHERE ...]}. */
public record Update(QualifiedName table, boolean hasWhere, Span span) implements Statement {}
