package dev.archforge.design.artifact.sql.ddl;

import dev.archforge.pg.TypeNames;
import java.util.List;

/**
 * A PostgreSQL type name with its modifiers: {@code numeric(12,3)}, {@code timestamptz}. Only built-in
 * types ({@link TypeNames}): the schema keeps enumerations as text with a CHECK, never a type of its own.
 */
public record SqlType(String name, List<Integer> modifiers) {
    public static final SqlType BIGINT = of("bigint");
    public static final SqlType INTEGER = of("integer");
    public static final SqlType TEXT = of("text");
    public static final SqlType BOOLEAN = of("boolean");
    public static final SqlType DATE = of("date");
    public static final SqlType TIMESTAMPTZ = of("timestamptz");
    public static final SqlType UUID = of("uuid");
    public static final SqlType JSONB = of("jsonb");
    public static final SqlType BYTEA = of("bytea");
    public static final SqlType TRIGGER = of("trigger");

    public SqlType {
        modifiers = List.copyOf(modifiers);
        if (!TypeNames.isBuiltIn(name)) {
            throw new IllegalArgumentException("not a built-in PostgreSQL type: '" + name + "'");
        }
    }

    public static SqlType of(String name) {
        return new SqlType(name, List.of());
    }

    public static SqlType numeric(int precision, int scale) {
        return new SqlType("numeric", List.of(precision, scale));
    }
}
