package dev.archforge.design.artifact.openapi;

import dev.archforge.design.artifact.domain.FieldBounds;
import dev.archforge.design.artifact.domain.Invariants;
import dev.archforge.design.artifact.domain.Invariants.Invariant;
import dev.archforge.design.artifact.domain.Invariants.NotNegative;
import dev.archforge.design.artifact.domain.Invariants.Percentage;
import dev.archforge.design.plan.Names;
import dev.archforge.design.requirements.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON Schema of each field type, bounded the way the column is ({@link FieldBounds}), and a
 * deterministic example value that satisfies it.
 */
final class FieldSchemas {
    /** An identifier: a positive bigint. */
    static final long MAX_ID = Long.MAX_VALUE;

    /** Money travels as a decimal string, so no client rounds it through a binary float. */
    static final String MONEY_PATTERN = "^-?[0-9]{1,"
            + (FieldBounds.MONEY.precision() - FieldBounds.MONEY.scale()) + "}(\\.[0-9]{1,"
            + FieldBounds.MONEY.scale() + "})?$";

    private FieldSchemas() {}

    /** The schema of a field's value; {@code nullable} adds {@code "null"} to the type. */
    static Obj schema(Field field, boolean nullable) {
        Obj s = Obj.of();
        switch (field.type()) {
            case BOOLEAN -> s.put("type", type("boolean", nullable));
            case BYTES ->
                s.put("type", type("string", nullable))
                        .put("contentEncoding", "base64")
                        .put("maxLength", (FieldBounds.BYTES_LENGTH + 2) / 3 * 4);
            case DATE -> s.put("type", type("string", nullable)).put("format", "date");
            case DECIMAL -> {
                s.put("type", type("number", nullable));
                Optional<Invariant> bound = Invariants.bound(field);
                if (bound.isEmpty()) {
                    s.put("minimum", new BigDecimal("-" + FieldBounds.DECIMAL.largest()));
                } else if (bound.get() instanceof NotNegative n && n.strict()) {
                    s.put("exclusiveMinimum", 0);
                } else {
                    s.put("minimum", 0);
                }
                s.put(
                        "maximum",
                        bound.filter(b -> b instanceof Percentage).isPresent()
                                ? BigDecimal.valueOf(100)
                                : new BigDecimal(FieldBounds.DECIMAL.largest()));
            }
            case MONEY -> {
                Optional<Invariant> bound = Invariants.bound(field);
                boolean positive = bound.filter(b -> b instanceof NotNegative n && n.strict())
                        .isPresent();
                s.put("type", type("string", nullable))
                        .put("pattern", bound.isEmpty() ? MONEY_PATTERN : MONEY_PATTERN.replace("^-?", "^"))
                        .put("maxLength", FieldBounds.MONEY.precision() + 2)
                        .put(
                                "description",
                                "A decimal amount as a string, exact to " + FieldBounds.MONEY.scale() + " places"
                                        + (bound.isEmpty() ? "" : positive ? ", greater than zero" : ", not negative")
                                        + ".");
            }
            case ENUM -> s.put("type", type("string", nullable)).put("enum", field.values());
            case INTEGER ->
                s.put("type", type("integer", nullable))
                        .put("format", "int32")
                        .put("minimum", lowest(field, Integer.MIN_VALUE))
                        .put("maximum", highest(field, Integer.MAX_VALUE));
            case LONG ->
                s.put("type", type("integer", nullable))
                        .put("format", "int64")
                        .put("minimum", lowest(field, Long.MIN_VALUE))
                        .put("maximum", highest(field, Long.MAX_VALUE));
            case JSON -> s.put("type", type("object", nullable)).put("maxProperties", 100);
            case UUID -> s.put("type", type("string", nullable)).put("format", "uuid");
            case TIMESTAMP -> s.put("type", type("string", nullable)).put("format", "date-time");
            case EMAIL, STRING, TEXT, URL -> text(field, nullable, s);
        }
        return s;
    }

    /** The least whole value the field's invariant allows: 0, 1 when it must be positive, else the type's. */
    private static long lowest(Field field, long type) {
        return Invariants.bound(field)
                .map(b -> b instanceof NotNegative n && n.strict() ? 1L : 0L)
                .orElse(type);
    }

    private static long highest(Field field, long type) {
        return Invariants.bound(field).filter(b -> b instanceof Percentage).isPresent() ? 100 : type;
    }

    private static void text(Field field, boolean nullable, Obj s) {
        s.put("type", type("string", nullable));
        switch (field.type()) {
            case EMAIL -> s.put("format", "email");
            case URL -> s.put("format", "uri").put("pattern", "^https://");
            default -> {}
        }
        s.putIf(field.required(), "minLength", 1);
        s.put("maxLength", FieldBounds.maxLength(field).orElseThrow());
    }

    private static Object type(String type, boolean nullable) {
        return nullable ? List.of(type, "null") : type;
    }

    /** The schema of a record id: {@code integer}, {@code int64}, positive. */
    static Obj id() {
        return Obj.of()
                .put("type", "integer")
                .put("format", "int64")
                .put("minimum", 1)
                .put("maximum", MAX_ID);
    }

    /** An example value of the field that its schema accepts. */
    static Object example(Field field) {
        String words = Names.snake(field.name()).replace('_', ' ');
        return switch (field.type()) {
            case BOOLEAN -> true;
            case BYTES -> "ZXhhbXBsZQ==";
            case DATE -> "2025-03-03";
            case DECIMAL -> new BigDecimal("12.5");
            case MONEY -> "19.99";
            case ENUM -> field.values().get(0);
            case INTEGER, LONG -> 10;
            case JSON -> Map.of();
            case UUID -> "3f2b8c1e-5d4a-4e7b-9c6d-2a1f0e9b8c7d";
            case TIMESTAMP -> "2025-03-03T07:30:00Z";
            case EMAIL -> "alex@example.com";
            case URL -> "https://example.com/" + Names.kebab(field.name());
            case STRING, TEXT -> clip(Character.toUpperCase(words.charAt(0)) + words.substring(1), field);
        };
    }

    private static String clip(String value, Field field) {
        int max = FieldBounds.maxLength(field).orElse(value.length());
        return value.length() <= max ? value : value.substring(0, max);
    }
}
