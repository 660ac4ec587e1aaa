package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.domain.FieldBounds;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import java.util.Optional;

/**
 * PostgreSQL types and CHECK conditions for fields: {@code text} with a length check rather than
 * {@code varchar(n)} (same storage, and a check can be changed without rewriting the table),
 * {@code timestamptz} for instants, {@code numeric(p,s)} for decimals and money, {@code jsonb}.
 */
final class ColumnTypes {
    private ColumnTypes() {}

    static SqlType type(Field field) {
        return switch (field.type()) {
            case BOOLEAN -> SqlType.BOOLEAN;
            case BYTES -> SqlType.BYTEA;
            case DATE -> SqlType.DATE;
            case DECIMAL -> SqlType.numeric(FieldBounds.DECIMAL.precision(), FieldBounds.DECIMAL.scale());
            case MONEY -> SqlType.numeric(FieldBounds.MONEY.precision(), FieldBounds.MONEY.scale());
            case EMAIL, ENUM, STRING, TEXT, URL -> SqlType.TEXT;
            case INTEGER -> SqlType.INTEGER;
            case JSON -> SqlType.JSONB;
            case LONG -> SqlType.BIGINT;
            case TIMESTAMP -> SqlType.TIMESTAMPTZ;
            case UUID -> SqlType.UUID;
        };
    }

    /** The condition a value must meet beyond its type: a length limit or the allowed values. */
    static Optional<Expr> check(Field field) {
        String column = Names.snake(field.name());
        if (!field.values().isEmpty()) {
            return Optional.of(new Expr.In(
                    Expr.column(column), field.values().stream().map(Expr::text).toList()));
        }
        if (field.type() == FieldType.BYTES) {
            return Optional.of(atMost("octet_length", column, FieldBounds.BYTES_LENGTH));
        }
        return FieldBounds.maxLength(field).stream()
                .mapToObj(max -> atMost("char_length", column, max))
                .findFirst();
    }

    private static Expr atMost(String function, String column, int max) {
        return new Expr.Compare(Expr.call(function, Expr.column(column)), "<=", Expr.number(max));
    }
}
