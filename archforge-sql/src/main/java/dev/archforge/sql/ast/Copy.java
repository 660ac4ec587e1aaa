package dev.archforge.sql.ast;

import java.util.Optional;

/** {@code COPY table FROM|TO ...}; the table is absent for {@code COPY (query) TO}. */
public record Copy(Optional<QualifiedName> table, boolean from, boolean stdin, Span span) implements Statement {}
