package dev.archforge.sql.ast;

import java.util.Optional;

/** {@code CREATE [OR REPLACE] FUNCTION} or {@code PROCEDURE}, recognised without reading its body. */
public record CreateFunction(
        QualifiedName name, boolean procedure, boolean orReplace, Optional<String> language, Span span)
        implements Statement {}
