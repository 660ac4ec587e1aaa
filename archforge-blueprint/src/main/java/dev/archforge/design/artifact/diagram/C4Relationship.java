package dev.archforge.design.artifact.diagram;

/** A line between two boxes of the C4 model, by element id. */
public record C4Relationship(String from, String to, String description, String technology) {}
