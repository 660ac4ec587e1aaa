package dev.archforge.engine.design;

/** A design to make from {@code requirements}; {@code blueprint} asks for the blueprint's files too. */
public record DesignRequest(Requirements requirements, boolean blueprint) {}
