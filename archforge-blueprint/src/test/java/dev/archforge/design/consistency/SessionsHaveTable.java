package dev.archforge.design.consistency;

import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Entity;
import dev.archforge.sql.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Server-side sessions decided (authentication): the schema has a {@code sessions} table, each
 * session belonging to an account through a foreign key, with its expiry.
 */
final class SessionsHaveTable implements Implication {
    @Override
    public String id() {
        return "sessions-have-table";
    }

    @Override
    public String statement() {
        return "when authentication decides server-side sessions, db/migration/V1__init.sql has a sessions table"
                + " whose rows reference the account and expire";
    }

    @Override
    public boolean applies(Design design) {
        return design.architecture().security().method() == AuthMethod.SESSION_COOKIE;
    }

    @Override
    public List<String> broken(DesignFiles files) {
        List<String> out = new ArrayList<>();
        Optional<Table> sessions = files.sql().table("sessions");
        if (sessions.isEmpty()) {
            return List.of("db/migration/V1__init.sql has no table sessions");
        }
        Optional<Entity> account = files.design().requirements().account();
        if (account.isPresent()) {
            String accounts = Names.table(account.get().name());
            if (sessions.get().foreignKeys().stream()
                    .noneMatch(fk -> fk.referencedTable().endsWith(accounts))) {
                out.add("table sessions has no foreign key to " + accounts);
            }
        }
        if (sessions.get().column("expires_at").isEmpty()) {
            out.add("table sessions has no expires_at");
        }
        return out;
    }
}
