package dev.archforge.sql.ast;

import java.util.Optional;

/** {@code COMMENT ON objectType target IS 'text'}; the text is absent for {@code IS NULL}. */
public record CommentOn(String objectType, String target, Optional<String> text, Span span) implements Statement {}
