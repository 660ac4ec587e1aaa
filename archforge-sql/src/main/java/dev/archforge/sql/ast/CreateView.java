package dev.archforge.sql.ast;

/** {@code CREATE [OR REPLACE] [MATERIALIZED] VIEW name AS query}; the query is normalized token text. */
public record CreateView(QualifiedName name, boolean materialized, boolean orReplace, String query, Span span)
        implements Statement {}
