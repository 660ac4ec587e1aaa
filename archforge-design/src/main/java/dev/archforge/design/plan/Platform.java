package dev.archforge.design.plan;

/** Where the system runs. */
public enum Platform {
    PAAS("Managed platform (PaaS)"),
    CONTAINERS("Containers on managed instances"),
    KUBERNETES("Kubernetes"),
    SERVERLESS("Serverless functions");

    private final String title;

    Platform(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
