package dev.archforge.sql.ast;

import java.util.List;

/** {@code ALTER TYPE}: {@code values} holds the new label of ADD VALUE, the old and new label of RENAME VALUE, or the new name of RENAME TO. */
public record AlterType(QualifiedName name, Action action, List<String> values, boolean ifNotExists, Span span)
        implements Statement {
    public AlterType {
        values = List.copyOf(values);
    }

    /** What the statement does to the type. */
    public enum Action {
        ADD_VALUE,
        RENAME_VALUE,
        RENAME,
        OTHER
    }
}
