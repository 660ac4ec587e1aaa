package dev.archforge.sql.ast;

/** {@code VACUUM}, {@code ANALYZE}, {@code CLUSTER} or {@code REINDEX}, with the flags that decide how it locks. */
public record Maintenance(Kind kind, boolean full, boolean concurrently, Span span) implements Statement {
    /** Which maintenance command. */
    public enum Kind {
        VACUUM,
        ANALYZE,
        CLUSTER,
        REINDEX
    }
}
