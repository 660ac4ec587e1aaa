package dev.archforge.sql.ast;

import java.util.Optional;

/**
 * One key of an index: a column or an expression, with its operator class and order.
 *
 * @param text the key as normalized token text ({@code lower(email)}, {@code created_at})
 * @param column the column, when the key is a plain column
 * @param collation the COLLATE clause's collation, lower case, when the key has one
 */
public record IndexElement(
        String text,
        Optional<Ident> column,
        Optional<String> collation,
        Optional<String> opclass,
        boolean descending,
        Span span) {}
