package dev.archforge.design.artifact.sql.ddl;

import java.util.Optional;

/**
 * A column of a {@link CreateTable}. Constraints other than NOT NULL are table constraints, named,
 * so a later migration can drop them by name.
 *
 * @param identity {@code GENERATED ALWAYS AS IDENTITY}: the database assigns the value, clients cannot
 */
public record Column(String name, SqlType type, boolean notNull, boolean identity, Optional<Expr> defaultValue) {
    public Column {
        Identifiers.check(name);
        if (identity && defaultValue.isPresent()) {
            throw new IllegalArgumentException("identity column '" + name + "' cannot have a default");
        }
    }

    public static Column identity(String name, SqlType type) {
        return new Column(name, type, true, true, Optional.empty());
    }

    public static Column of(String name, SqlType type, boolean notNull) {
        return new Column(name, type, notNull, false, Optional.empty());
    }

    public Column withDefault(Expr value) {
        return new Column(name, type, notNull, false, Optional.of(value));
    }
}
