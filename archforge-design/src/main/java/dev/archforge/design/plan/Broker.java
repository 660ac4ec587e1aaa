package dev.archforge.design.plan;

/** How events travel between components. */
public enum Broker {
    /** Jobs and events in PostgreSQL tables, polled: no extra infrastructure. */
    POSTGRES_QUEUE("PostgreSQL job queue", ""),
    RABBITMQ("RabbitMQ", "rabbitmq:4.0-management"),
    KAFKA("Apache Kafka", "apache/kafka:3.9.0"),
    SQS("Amazon SQS and SNS", "");

    private final String title;
    private final String image;

    Broker(String title, String image) {
        this.title = title;
        this.image = image;
    }

    public String title() {
        return title;
    }

    /** The container image for local development; empty when none is needed or it is a managed service. */
    public String image() {
        return image;
    }
}
