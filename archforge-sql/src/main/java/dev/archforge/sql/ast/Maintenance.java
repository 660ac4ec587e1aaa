package dev.archforge.sql.ast;

import java.util.Optional;

/**
 * {@code VACUUM}, {@code ANALYZE}, {@code CLUSTER} or {@code REINDEX}, with the flags that decide how
 * it locks and the object it works on.
 */
public record Maintenance(Kind kind, boolean full, boolean concurrently, Target target, Span span)
        implements Statement {
    /** Which maintenance command. */
    public enum Kind {
        VACUUM,
        ANALYZE,
        CLUSTER,
        REINDEX
    }

    /**
     * What the command names.
     *
     * @param kind {@code table}, or the word after REINDEX ({@code index}, {@code schema},
     *     {@code database}...)
     * @param name the object; empty for the whole database or schema
     */
    public record Target(String kind, Optional<QualifiedName> name) {}
}
