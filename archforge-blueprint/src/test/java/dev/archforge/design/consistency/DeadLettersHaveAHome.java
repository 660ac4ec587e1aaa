package dev.archforge.design.consistency;

import dev.archforge.design.artifact.deploy.ComposeContributor;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dead-letter queues decided (messaging): each one exists where the broker keeps messages. The
 * PostgreSQL queue parks them in a {@code dead_letters} table that names every dead-letter queue;
 * Kafka and RabbitMQ declare them in {@code deploy/docker-compose.yml} (topics, or queues with a
 * dead-letter exchange). SQS queues are cloud resources no generated file declares, so the
 * implication does not cover them.
 */
final class DeadLettersHaveAHome implements Implication {
    static final String TABLE = "dead_letters";

    @Override
    public String id() {
        return "dead-letters-have-a-home";
    }

    @Override
    public String statement() {
        return "when messaging decides dead-letter queues, db/migration/V1__init.sql has a dead_letters table for"
                + " the PostgreSQL queue, and deploy/docker-compose.yml declares each dead-letter queue for Kafka"
                + " and RabbitMQ";
    }

    @Override
    public boolean applies(Design design) {
        return messaging(design)
                .filter(m -> m.broker() != Broker.SQS)
                .filter(m -> m.topics().stream().anyMatch(t -> !t.deadLetter().isBlank()))
                .isPresent();
    }

    private static Optional<Messaging> messaging(Design design) {
        return design.architecture().messaging();
    }

    @Override
    public List<String> broken(DesignFiles files) {
        Messaging m = messaging(files.design()).orElseThrow();
        List<String> out = new ArrayList<>();
        boolean table = m.broker() == Broker.POSTGRES_QUEUE;
        String where = table ? "db/migration/V1__init.sql" : ComposeContributor.PATH;
        String text = table ? files.sql().createTable(TABLE).orElse("") : files.text(ComposeContributor.PATH);
        if (table && text.isEmpty()) {
            out.add(where + " has no table " + TABLE);
        }
        for (Topic t : m.topics()) {
            if (!t.deadLetter().isBlank()
                    && !text.contains("'" + t.deadLetter() + "'")
                    && !text.contains("\"" + t.deadLetter() + "\"")
                    && !text.contains(" " + t.deadLetter())) {
                out.add(where + " does not declare the dead-letter queue " + t.deadLetter());
            }
        }
        return out;
    }
}
