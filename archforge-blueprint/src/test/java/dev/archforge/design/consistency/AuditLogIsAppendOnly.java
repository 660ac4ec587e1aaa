package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.Feature;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit feature: the schema has an {@code audit_log} table that refuses change, by a trigger
 * that rejects UPDATE and DELETE or by revoking those privileges.
 */
final class AuditLogIsAppendOnly implements Implication {
    static final String TABLE = "audit_log";

    @Override
    public String id() {
        return "audit-log-is-append-only";
    }

    @Override
    public String statement() {
        return "when the requirements ask for audit, db/migration/V1__init.sql has an audit_log table with a trigger"
                + " that rejects UPDATE and DELETE (or REVOKE UPDATE, DELETE on it)";
    }

    @Override
    public boolean applies(Design design) {
        return design.requirements().has(Feature.AUDIT);
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        if (files.sql().table(TABLE).isEmpty()) {
            out.add("db/migration/V1__init.sql has no table " + TABLE);
        }
        boolean trigger = !files.sql()
                .statementsWith("create trigger", "before update or delete on " + TABLE)
                .isEmpty();
        boolean revoke = !files.sql()
                .statementsWith("revoke", "update", "delete", "on " + TABLE)
                .isEmpty();
        if (!trigger && !revoke) {
            out.add("nothing stops an UPDATE or DELETE on " + TABLE + " (no trigger, no REVOKE)");
        }
        return out;
    }
}
