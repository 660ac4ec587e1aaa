package dev.archforge.design.artifact.deploy;

/**
 * What every generated deployable agrees on: the port, the health endpoints, the user it runs as and
 * its default resources. The Dockerfile, compose file, Kubernetes probes and operations runbook all
 * read these, so they cannot drift apart.
 */
public final class AppRuntime {
    /** The HTTP port the application listens on inside its container. */
    public static final int PORT = 8080;
    /** Liveness: the process is up and not deadlocked; no dependency checks. */
    public static final String LIVENESS_PATH = "/health/live";
    /** Readiness: the process can serve, its database and cache reachable. */
    public static final String READINESS_PATH = "/health/ready";

    public static final int JAVA_VERSION = 21;
    /** The numeric non-root user and group the container runs as. */
    public static final int UID = 10001;

    /** The CPU of an instance when the capacity plan does not size one (a hand-built design). */
    public static final String CPU_REQUEST = "2";
    /** The memory of an instance when the capacity plan does not size one. */
    public static final String MEMORY = "2048Mi";

    private AppRuntime() {}
}
