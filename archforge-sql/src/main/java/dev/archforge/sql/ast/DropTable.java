package dev.archforge.sql.ast;

import java.util.List;

/** {@code DROP TABLE [IF EXISTS] name, ... [CASCADE]}. */
public record DropTable(List<QualifiedName> names, boolean ifExists, boolean cascade, Span span) implements Statement {
    public DropTable {
        names = List.copyOf(names);
    }
}
