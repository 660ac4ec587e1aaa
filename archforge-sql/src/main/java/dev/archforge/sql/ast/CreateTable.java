package dev.archforge.sql.ast;

import java.util.List;
import java.util.Optional;

/** {@code CREATE TABLE}, including {@code PARTITION OF}, {@code INHERITS}, {@code LIKE} and {@code AS query} forms. */
public record CreateTable(
        QualifiedName name,
        List<Column> columns,
        List<TableConstraint> constraints,
        boolean ifNotExists,
        Optional<String> persistence,
        Optional<String> partitionBy,
        Optional<QualifiedName> partitionOf,
        List<QualifiedName> inherits,
        List<QualifiedName> likes,
        boolean asQuery,
        Span span)
        implements Statement {
    public CreateTable {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        inherits = List.copyOf(inherits);
        likes = List.copyOf(likes);
    }

    /** Temporary tables vanish with the session; {@code persistence} is {@code temporary} or {@code unlogged}. */
    public boolean temporary() {
        return persistence.map("temporary"::equals).orElse(false);
    }
}
