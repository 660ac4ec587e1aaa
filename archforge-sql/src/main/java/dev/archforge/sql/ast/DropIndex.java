package dev.archforge.sql.ast;

import java.util.List;

/** {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] name, ... [CASCADE]}. */
public record DropIndex(List<QualifiedName> names, boolean concurrently, boolean ifExists, boolean cascade, Span span)
        implements Statement {
    public DropIndex {
        names = List.copyOf(names);
    }
}
