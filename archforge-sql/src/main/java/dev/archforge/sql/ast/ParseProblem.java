package dev.archforge.sql.ast;

/** A statement that could not be read: what was expected, at {@code at}, inside the statement's {@code span}. */
public record ParseProblem(String message, String keywords, Span at, Span span) implements Statement {}
