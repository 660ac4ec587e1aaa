package dev.archforge.sql.ast;

/**
 * {@code [WITH ...] UPDATE table SET ... [FROM ...] [WHERE ...]}.
 *
 * @param hasFrom true when a FROM list joins other tables in
 * @param whereOnlyJoins true when every condition of the WHERE compares a column with a column
 *     ({@code t.id = s.t_id AND ...}): it pairs rows up and filters none out
 */
public record Update(QualifiedName table, boolean hasWhere, boolean hasFrom, boolean whereOnlyJoins, Span span)
        implements Statement {}
