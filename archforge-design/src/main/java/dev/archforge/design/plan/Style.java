package dev.archforge.design.plan;

/** The overall architecture style. */
public enum Style {
    MONOLITH("Monolith"),
    MODULAR_MONOLITH("Modular monolith"),
    MICROSERVICES("Microservices"),
    SERVERLESS("Serverless");

    private final String title;

    Style(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** True when each component is deployed on its own. */
    public boolean separatelyDeployed() {
        return this == MICROSERVICES || this == SERVERLESS;
    }
}
