package dev.archforge.design.requirements;

import java.util.Locale;
import java.util.Optional;

/** The types a field may have in {@code archforge.yaml}; each maps to PostgreSQL and OpenAPI. */
public enum FieldType {
    BOOLEAN,
    BYTES,
    DATE,
    DECIMAL,
    EMAIL,
    ENUM,
    INTEGER,
    JSON,
    LONG,
    MONEY,
    STRING,
    TEXT,
    TIMESTAMP,
    URL,
    UUID;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> parse(String text) {
        for (FieldType t : values()) {
            if (t.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
