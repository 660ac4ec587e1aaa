package dev.archforge.design.artifact.docs;

/** Which records a role may reach through an endpoint. */
public enum Scope {
    NONE("—"),
    OWN("own records only"),
    PUBLISHED("published records only"),
    TENANT("tenant only"),
    ALL("all records");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
