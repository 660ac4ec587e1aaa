package dev.archforge.design.artifact.deploy;

import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compose services that run the design's stores and broker locally, and the environment the
 * application needs to reach each. Passwords are local-development defaults, overridable from the
 * shell; production secrets never come from this file.
 */
final class LocalServices {
    private LocalServices() {}

    static String serviceName(Store store) {
        return switch (store) {
            case POSTGRESQL -> "postgres";
            case REDIS -> "redis";
            case OBJECT_STORAGE -> "minio";
            case OPENSEARCH -> "opensearch";
            case TIMESCALEDB -> "timescaledb";
        };
    }

    static ComposeService of(Store store, String database) {
        String name = serviceName(store);
        String volume = name + "-data";
        return switch (store) {
            case POSTGRESQL, TIMESCALEDB ->
                service(
                        name,
                        store.image(),
                        List.of(),
                        env(
                                "POSTGRES_DB", database,
                                "POSTGRES_USER", database,
                                "POSTGRES_PASSWORD", "${POSTGRES_PASSWORD:-local-only}"),
                        List.of(loopback(store == Store.TIMESCALEDB ? 5433 : 5432, 5432)),
                        List.of(volume + ":/var/lib/postgresql/data"),
                        List.of("CMD-SHELL", "pg_isready -U " + database + " -d " + database),
                        "10s");
            case REDIS ->
                service(
                        name,
                        store.image(),
                        List.of("redis-server", "--appendonly", "yes"),
                        Map.of(),
                        List.of(loopback(6379, 6379)),
                        List.of(volume + ":/data"),
                        List.of("CMD", "redis-cli", "ping"),
                        "5s");
            case OBJECT_STORAGE ->
                service(
                        name,
                        store.image(),
                        List.of("server", "/data", "--console-address", ":9001"),
                        env("MINIO_ROOT_USER", database, "MINIO_ROOT_PASSWORD", "${MINIO_ROOT_PASSWORD:-local-only}"),
                        List.of(loopback(9000, 9000), loopback(9001, 9001)),
                        List.of(volume + ":/data"),
                        List.of("CMD", "mc", "ready", "local"),
                        "10s");
            case OPENSEARCH ->
                service(
                        name,
                        store.image(),
                        List.of(),
                        env(
                                "discovery.type", "single-node",
                                "DISABLE_SECURITY_PLUGIN", "true",
                                "DISABLE_INSTALL_DEMO_CONFIG", "true",
                                "OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m"),
                        List.of(loopback(9200, 9200)),
                        List.of(volume + ":/usr/share/opensearch/data"),
                        List.of("CMD-SHELL", "curl -fsS http://localhost:9200/_cluster/health || exit 1"),
                        "60s");
        };
    }

    /** The broker's service, when the broker runs as a container locally. */
    static Optional<ComposeService> of(Broker broker) {
        return switch (broker) {
            case RABBITMQ ->
                Optional.of(service(
                        "rabbitmq",
                        broker.image(),
                        List.of(),
                        Map.of(),
                        List.of(loopback(5672, 5672), loopback(15672, 15672)),
                        List.of("rabbitmq-data:/var/lib/rabbitmq"),
                        List.of("CMD", "rabbitmq-diagnostics", "-q", "ping"),
                        "20s"));
            case KAFKA ->
                Optional.of(service(
                        "kafka",
                        broker.image(),
                        List.of(),
                        env(
                                "KAFKA_NODE_ID", "1",
                                "KAFKA_PROCESS_ROLES", "broker,controller",
                                "KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093",
                                "KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092",
                                "KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER",
                                "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                                "KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093",
                                "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1",
                                "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1",
                                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1"),
                        List.of(loopback(9092, 9092)),
                        List.of("kafka-data:/var/lib/kafka/data"),
                        List.of(
                                "CMD-SHELL",
                                "/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 > /dev/null"),
                        "30s"));
            case POSTGRES_QUEUE, SQS -> Optional.empty();
        };
    }

    /** The environment variables the application reads to reach a store. */
    static Map<String, String> appEnvironment(Store store, String database) {
        String host = serviceName(store);
        return switch (store) {
            case POSTGRESQL ->
                env(
                        "DATABASE_URL",
                        "jdbc:postgresql://" + host + ":5432/" + database,
                        "DATABASE_USER",
                        database,
                        "DATABASE_PASSWORD",
                        "${POSTGRES_PASSWORD:-local-only}");
            case TIMESCALEDB ->
                env(
                        "TIMESERIES_URL",
                        "jdbc:postgresql://" + host + ":5432/" + database,
                        "TIMESERIES_USER",
                        database,
                        "TIMESERIES_PASSWORD",
                        "${POSTGRES_PASSWORD:-local-only}");
            case REDIS -> env("REDIS_URL", "redis://" + host + ":6379");
            case OBJECT_STORAGE ->
                env(
                        "S3_ENDPOINT",
                        "http://" + host + ":9000",
                        "S3_BUCKET",
                        database,
                        "S3_ACCESS_KEY",
                        database,
                        "S3_SECRET_KEY",
                        "${MINIO_ROOT_PASSWORD:-local-only}");
            case OPENSEARCH -> env("OPENSEARCH_URL", "http://" + host + ":9200");
        };
    }

    static Map<String, String> appEnvironment(Broker broker) {
        return switch (broker) {
            case RABBITMQ -> env("RABBITMQ_URL", "amqp://guest:guest@rabbitmq:5672");
            case KAFKA -> env("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
            case POSTGRES_QUEUE, SQS -> Map.of();
        };
    }

    static String loopback(int host, int container) {
        return "127.0.0.1:" + host + ":" + container;
    }

    private static ComposeService service(
            String name,
            String image,
            List<String> command,
            Map<String, String> environment,
            List<String> ports,
            List<String> volumes,
            List<String> healthcheck,
            String startPeriod) {
        return new ComposeService(
                name,
                Optional.of(image),
                Map.of(),
                command,
                environment,
                ports,
                volumes,
                healthcheck,
                startPeriod,
                List.of());
    }

    /** An ordered environment from alternating names and values. */
    static Map<String, String> env(String... namesAndValues) {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            env.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return env;
    }
}
