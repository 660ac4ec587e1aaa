package dev.archforge.design.artifact.sql;

import dev.archforge.design.artifact.sql.ddl.Ddl;
import dev.archforge.design.artifact.sql.ddl.Identifiers;
import dev.archforge.design.artifact.sql.ddl.SqlType;
import java.util.List;

/**
 * Rows that are written once: a trigger rejects every UPDATE (and, for the audit log, every DELETE)
 * that a statement makes directly. Changes made by a foreign key's ON DELETE action pass, so erasing
 * an account or a tenant still removes or detaches its rows.
 */
final class AppendOnlyTables {
    static final String FUNCTION = "reject_change";

    private AppendOnlyTables() {}

    /** The trigger function, created once before the tables. */
    static Ddl.CreateFunction function() {
        return new Ddl.CreateFunction(
                FUNCTION,
                SqlType.TRIGGER,
                "plpgsql",
                List.of(
                        "BEGIN",
                        "    -- depth 1 is a statement of its own; deeper is a foreign key's ON DELETE action",
                        "    IF pg_trigger_depth() > 1 THEN",
                        "        IF TG_OP = 'DELETE' THEN",
                        "            RETURN OLD;",
                        "        END IF;",
                        "        RETURN NEW;",
                        "    END IF;",
                        "    RAISE EXCEPTION '% on % is not allowed: its rows are append-only', TG_OP, TG_TABLE_NAME",
                        "        USING ERRCODE = 'restrict_violation';",
                        "END;"));
    }

    /** Rejects updates: a correction is a new row; expiry may still delete old ones. */
    static Ddl.BeforeTrigger rejectUpdate(String table) {
        return new Ddl.BeforeTrigger(Identifiers.derived(table, "reject_update"), table, List.of("UPDATE"), FUNCTION);
    }

    /** Rejects updates and deletes: the audit log keeps what happened. */
    static Ddl.BeforeTrigger rejectUpdateAndDelete(String table) {
        return new Ddl.BeforeTrigger(
                Identifiers.derived(table, "reject_change"), table, List.of("UPDATE", "DELETE"), FUNCTION);
    }
}
