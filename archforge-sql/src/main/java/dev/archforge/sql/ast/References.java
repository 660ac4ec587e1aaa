package dev.archforge.sql.ast;

import java.util.List;
import java.util.Optional;

/** The target of a foreign key: {@code REFERENCES table (columns) ON DELETE ... ON UPDATE ...}. */
public record References(
        QualifiedName table, List<Ident> columns, Optional<String> onDelete, Optional<String> onUpdate) {
    public References {
        columns = List.copyOf(columns);
    }
}
