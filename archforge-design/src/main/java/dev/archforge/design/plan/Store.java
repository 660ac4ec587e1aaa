package dev.archforge.design.plan;

/** A data store the design uses, with the image that runs it locally and its default port. */
public enum Store {
    POSTGRESQL("PostgreSQL", "postgres:17", 5432),
    REDIS("Redis", "redis:7.4", 6379),
    OBJECT_STORAGE("S3-compatible object storage", "minio/minio:RELEASE.2025-04-22T22-12-26Z", 9000),
    OPENSEARCH("OpenSearch", "opensearchproject/opensearch:2.19.1", 9200),
    TIMESCALEDB("TimescaleDB", "timescale/timescaledb:2.19.3-pg17", 5432);

    private final String title;
    private final String image;
    private final int port;

    Store(String title, String image, int port) {
        this.title = title;
        this.image = image;
        this.port = port;
    }

    public String title() {
        return title;
    }

    public String image() {
        return image;
    }

    public int port() {
        return port;
    }
}
