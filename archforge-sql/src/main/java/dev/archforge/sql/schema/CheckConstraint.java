package dev.archforge.sql.schema;

/** A CHECK constraint (or an EXCLUDE constraint, whose expression starts with {@code exclude}). */
public record CheckConstraint(String name, String expression, boolean valid) {}
