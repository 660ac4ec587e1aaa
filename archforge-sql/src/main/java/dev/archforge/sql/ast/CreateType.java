package dev.archforge.sql.ast;

import java.util.List;

/** {@code CREATE TYPE}: an enum with its labels, or another kind of type. */
public record CreateType(QualifiedName name, Kind kind, List<String> enumValues, Span span) implements Statement {
    public CreateType {
        enumValues = List.copyOf(enumValues);
    }

    /** The form of the type. */
    public enum Kind {
        ENUM,
        COMPOSITE,
        RANGE,
        BASE,
        SHELL
    }
}
