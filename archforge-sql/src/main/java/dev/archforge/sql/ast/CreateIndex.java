package dev.archforge.sql.ast;

import java.util.List;
import java.util.Optional;

/** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table ...}. */
public record CreateIndex(
        Optional<Ident> name,
        QualifiedName table,
        boolean unique,
        boolean concurrently,
        boolean ifNotExists,
        boolean only,
        Optional<String> method,
        List<IndexElement> elements,
        List<Ident> include,
        Optional<String> where,
        Span span)
        implements Statement {
    public CreateIndex {
        elements = List.copyOf(elements);
        include = List.copyOf(include);
    }
}
