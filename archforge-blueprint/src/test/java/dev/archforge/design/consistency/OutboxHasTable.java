package dev.archforge.design.consistency;

import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Messaging;
import java.util.List;

/** A transactional outbox decided: the schema has the {@code outbox_events} table the relay reads. */
final class OutboxHasTable implements Implication {
    @Override
    public String id() {
        return "outbox-has-table";
    }

    @Override
    public String statement() {
        return "when messaging decides a transactional outbox, db/migration/V1__init.sql has an outbox_events table";
    }

    @Override
    public boolean applies(Design design) {
        return design.architecture().messaging().filter(Messaging::outbox).isPresent();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        return files.sql().table("outbox_events").isPresent()
                ? List.of()
                : List.of("db/migration/V1__init.sql has no table outbox_events");
    }
}
