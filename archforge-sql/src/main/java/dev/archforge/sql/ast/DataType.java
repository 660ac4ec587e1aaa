package dev.archforge.sql.ast;

/**
 * A column type, normalized the way PostgreSQL prints it: {@code text} is the whole type in lower
 * case with canonical names ({@code character varying(255)}, {@code timestamp without time zone},
 * {@code numeric(10,2)}, {@code integer[]}); {@code name} drops the modifiers and array brackets.
 */
public record DataType(String name, String text, int arrayDimensions, Span span) {
    public DataType {
        if (name.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("a data type has a name");
        }
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** {@code serial}, {@code bigserial} or {@code smallserial}: an integer with a sequence default. */
    public boolean isSerial() {
        return !isArray() && (name.equals("serial") || name.equals("bigserial") || name.equals("smallserial"));
    }

    @Override
    public String toString() {
        return text;
    }
}
