package dev.archforge.sql.ast;

import java.util.Optional;

/** {@code CREATE EXTENSION [IF NOT EXISTS] name [SCHEMA schema]}. */
public record CreateExtension(String name, boolean ifNotExists, Optional<String> schema, Span span)
        implements Statement {}
