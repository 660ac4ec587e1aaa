package dev.archforge.sql.ast;

/** {@code CREATE SEQUENCE [IF NOT EXISTS] name ...}. */
public record CreateSequence(QualifiedName name, boolean ifNotExists, Span span) implements Statement {}
