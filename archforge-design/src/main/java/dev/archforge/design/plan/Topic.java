package dev.archforge.design.plan;

import java.util.List;

/**
 * A stream of one event type.
 *
 * @param deadLetter where messages go after {@code maxAttempts} failed deliveries
 */
public record Topic(
        String name,
        String event,
        String producer,
        List<String> consumers,
        int partitions,
        int maxAttempts,
        String deadLetter) {
    public Topic {
        consumers = List.copyOf(consumers);
    }
}
