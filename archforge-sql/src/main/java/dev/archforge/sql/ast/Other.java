package dev.archforge.sql.ast;

/** A statement PostgreSQL has but the review does not model, named by its first keywords ({@code create policy}, {@code select}). */
public record Other(String keywords, Span span) implements Statement {}
