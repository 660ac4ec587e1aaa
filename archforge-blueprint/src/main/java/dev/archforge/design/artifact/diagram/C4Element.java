package dev.archforge.design.artifact.diagram;

/**
 * One box of a C4 diagram.
 *
 * @param id an identifier unique in the model, usable in Mermaid and Structurizr ({@code [a-z][a-z0-9_]*})
 * @param technology empty for people and external systems without one
 */
public record C4Element(String id, Kind kind, String name, String description, String technology) {
    public C4Element {
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("C4 element id must be snake_case, got '" + id + "'");
        }
    }

    /** What the box stands for; decides its shape. */
    public enum Kind {
        PERSON,
        EXTERNAL_SYSTEM,
        CONTAINER,
        DATABASE,
        QUEUE;

        public boolean isContainer() {
            return this == CONTAINER || this == DATABASE || this == QUEUE;
        }
    }
}
