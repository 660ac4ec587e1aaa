package dev.archforge.design.artifact.deploy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Topic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the local broker must declare before the application starts, as the messaging decision
 * says: every topic with its partitions and every dead-letter queue. Kafka gets a one-shot service
 * that creates the topics; RabbitMQ loads definitions at boot: a fanout exchange per topic, a quorum
 * queue per consumer that dead-letters a message after the decided number of deliveries, and the
 * dead-letter queues behind one direct exchange.
 */
final class BrokerSetup {
    static final String KAFKA_SETUP = "kafka-topics";
    static final String RABBIT_DEFINITIONS = "rabbitmq-definitions";
    static final String RABBIT_CONF = "rabbitmq-conf";
    static final String DEAD_LETTER_EXCHANGE = "dead-letters";

    private BrokerSetup() {}

    /** The one-shot service that creates Kafka's topics and dead-letter topics. */
    static Map<String, Object> kafkaTopics(Messaging messaging) {
        List<String> lines = new ArrayList<>(List.of("set -e"));
        for (Topic t : messaging.topics()) {
            lines.add(create(t.name(), t.partitions()));
            if (!t.deadLetter().isBlank()) {
                lines.add(create(t.deadLetter(), 1));
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("image", Broker.KAFKA.image());
        s.put("command", List.of("/bin/sh", "-c", String.join("\n", lines) + "\n"));
        s.put("restart", "no");
        s.put("depends_on", Yaml.map("kafka", Yaml.map("condition", "service_healthy")));
        return s;
    }

    private static String create(String topic, int partitions) {
        return "/opt/kafka/bin/kafka-topics.sh --bootstrap-server kafka:9092 --create --if-not-exists --topic " + topic
                + " --partitions " + partitions;
    }

    /** The top-level {@code configs} RabbitMQ mounts: the definitions and the line that loads them. */
    static Map<String, Object> rabbitConfigs(Messaging messaging) {
        return Yaml.map(
                RABBIT_CONF,
                Yaml.map("content", "load_definitions = /etc/rabbitmq/definitions.json\n"),
                RABBIT_DEFINITIONS,
                Yaml.map("content", definitions(messaging)));
    }

    /** Where the RabbitMQ service mounts them. */
    static List<Object> rabbitMounts() {
        return List.of(
                Yaml.map("source", RABBIT_CONF, "target", "/etc/rabbitmq/conf.d/20-definitions.conf"),
                Yaml.map("source", RABBIT_DEFINITIONS, "target", "/etc/rabbitmq/definitions.json"));
    }

    private static String definitions(Messaging messaging) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("users");
            g.writeStartObject();
            g.writeStringField("name", "guest");
            g.writeStringField("password", "guest");
            g.writeArrayFieldStart("tags");
            g.writeString("administrator");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("vhosts");
            g.writeStartObject();
            g.writeStringField("name", "/");
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("permissions");
            g.writeStartObject();
            g.writeStringField("user", "guest");
            g.writeStringField("vhost", "/");
            g.writeStringField("configure", ".*");
            g.writeStringField("write", ".*");
            g.writeStringField("read", ".*");
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("exchanges");
            exchange(g, DEAD_LETTER_EXCHANGE, "direct");
            for (Topic t : messaging.topics()) {
                exchange(g, t.name(), "fanout");
            }
            g.writeEndArray();
            g.writeArrayFieldStart("queues");
            for (Topic t : messaging.topics()) {
                for (String consumer : t.consumers()) {
                    g.writeStartObject();
                    queueHead(g, t.name() + "." + consumer);
                    g.writeStringField("x-queue-type", "quorum");
                    if (!t.deadLetter().isBlank()) {
                        g.writeStringField("x-dead-letter-exchange", DEAD_LETTER_EXCHANGE);
                        g.writeStringField("x-dead-letter-routing-key", t.deadLetter());
                        g.writeNumberField("x-delivery-limit", t.maxAttempts());
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                if (!t.deadLetter().isBlank()) {
                    g.writeStartObject();
                    queueHead(g, t.deadLetter());
                    g.writeStringField("x-queue-type", "quorum");
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("bindings");
            for (Topic t : messaging.topics()) {
                for (String consumer : t.consumers()) {
                    binding(g, t.name(), t.name() + "." + consumer, "");
                }
                if (!t.deadLetter().isBlank()) {
                    binding(g, DEAD_LETTER_EXCHANGE, t.deadLetter(), t.deadLetter());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void exchange(JsonGenerator g, String name, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("vhost", "/");
        g.writeStringField("type", type);
        g.writeBooleanField("durable", true);
        g.writeBooleanField("auto_delete", false);
        g.writeBooleanField("internal", false);
        g.writeObjectFieldStart("arguments");
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A queue's name and flags, leaving its {@code arguments} object open. */
    private static void queueHead(JsonGenerator g, String name) throws IOException {
        g.writeStringField("name", name);
        g.writeStringField("vhost", "/");
        g.writeBooleanField("durable", true);
        g.writeBooleanField("auto_delete", false);
        g.writeObjectFieldStart("arguments");
    }

    private static void binding(JsonGenerator g, String source, String queue, String key) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", source);
        g.writeStringField("vhost", "/");
        g.writeStringField("destination", queue);
        g.writeStringField("destination_type", "queue");
        g.writeStringField("routing_key", key);
        g.writeObjectFieldStart("arguments");
        g.writeEndObject();
        g.writeEndObject();
    }
}
