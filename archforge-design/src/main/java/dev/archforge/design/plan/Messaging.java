package dev.archforge.design.plan;

import java.util.List;

/** Asynchronous messaging, when the design has any: the broker, its topics, and the outbox. */
public record Messaging(Broker broker, List<Topic> topics, boolean outbox) {
    public Messaging {
        topics = List.copyOf(topics);
    }
}
