package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.sql.ddl.Column;
import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Expr;
import dev.archforge.design.artifact.sql.ddl.Identifiers;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit columns every entity table has ({@code created_at}, {@code updated_at}, and
 * {@code deleted_at} with soft delete) and the trigger that keeps {@code updated_at} true whatever
 * code writes the row.
 */
final class Audit {
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    static final String DELETED_AT = "deleted_at";
    static final String FUNCTION = "set_updated_at";

    private Audit() {}

    static List<Column> columns(boolean softDelete) {
        return columns(softDelete, true);
    }

    /** The audit columns; an append-only table has no {@code updated_at}, since its rows never change. */
    static List<Column> columns(boolean softDelete, boolean updatable) {
        List<Column> out = new ArrayList<>();
        out.add(Column.of(CREATED_AT, SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")));
        if (updatable) {
            out.add(Column.of(UPDATED_AT, SqlType.TIMESTAMPTZ, true).withDefault(Expr.call("now")));
        }
        if (softDelete) {
            out.add(Column.of(DELETED_AT, SqlType.TIMESTAMPTZ, false));
        }
        return List.copyOf(out);
    }

    /** The trigger function, created once before the tables. */
    static Ddl.CreateFunction function() {
        return new Ddl.CreateFunction(
                FUNCTION,
                SqlType.TRIGGER,
                "plpgsql",
                List.of("BEGIN", "    NEW.updated_at := now();", "    RETURN NEW;", "END;"));
    }

    static Ddl.BeforeTrigger trigger(String table) {
        return Ddl.BeforeTrigger.update(Identifiers.derived(table, FUNCTION), table, FUNCTION);
    }
}
