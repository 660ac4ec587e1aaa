package dev.archforge.sql.ast;

import java.util.Optional;

/** {@code DO [LANGUAGE lang] 'body'}: an anonymous code block. */
public record DoBlock(Optional<String> language, String body, Span span) implements Statement {}
