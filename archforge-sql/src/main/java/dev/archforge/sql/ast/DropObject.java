package dev.archforge.sql.ast;

import java.util.List;

/** Any other {@code DROP}: {@code objectType} is {@code type}, {@code view}, {@code materialized view}, {@code function}... Names are best effort. */
public record DropObject(String objectType, List<QualifiedName> names, boolean ifExists, boolean cascade, Span span)
        implements Statement {
    public DropObject {
        names = List.copyOf(names);
    }
}
