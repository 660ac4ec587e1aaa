package dev.archforge.sql.ast;

/** {@code CREATE [OR REPLACE] [CONSTRAINT] TRIGGER name ... ON table ...}. */
public record CreateTrigger(Ident name, QualifiedName table, boolean constraint, boolean orReplace, Span span)
        implements Statement {}
