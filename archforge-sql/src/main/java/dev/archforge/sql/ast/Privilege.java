package dev.archforge.sql.ast;

/** {@code GRANT} or {@code REVOKE}, recognised without deep parsing. */
public record Privilege(boolean grant, Span span) implements Statement {}
