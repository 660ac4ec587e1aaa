package dev.archforge.sql.ast;

/** {@code [WITH ...] DELETE FROM table [WHERE ...]}. */
public record Delete(QualifiedName table, boolean hasWhere, Span span) implements Statement {}
