package dev.archforge.design.artifact.domain;

import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.FieldType;
import java.util.OptionalInt;

/**
 * The limits of each field type, shared by the schema (CHECK constraints, numeric precision) and
 * the API (maxLength, minimum, maximum), so a value the API accepts always fits the column.
 */
public final class FieldBounds {
    /** Strings without a declared length: a name or a title, not a document. */
    public static final int DEFAULT_STRING_LENGTH = 255;
    /** Free text (notes, descriptions): long enough for prose, short enough to bound a request. */
    public static final int TEXT_LENGTH = 10_000;
    /** RFC 5321 limits a forward path to 256 octets including the angle brackets. */
    public static final int EMAIL_LENGTH = 254;
    /** The length browsers and proxies reliably handle. */
    public static final int URL_LENGTH = 2_048;
    /** Encoded binary values travel in JSON as base64; larger content belongs in object storage. */
    public static final int BYTES_LENGTH = 1_048_576;

    /** {@code numeric(12,3)}: a measurement such as a weight in kilograms. */
    public static final Precision DECIMAL = new Precision(12, 3);
    /** {@code numeric(19,4)}: an amount of money, exact, with sub-cent precision for rates and splits. */
    public static final Precision MONEY = new Precision(19, 4);

    private FieldBounds() {}

    /** Digits in total and after the point, as in {@code numeric(p,s)}. */
    public record Precision(int precision, int scale) {
        public Precision {
            if (precision < 1 || scale < 0 || scale > precision) {
                throw new IllegalArgumentException(
                        "precision must satisfy 0 <= scale <= precision, got " + precision + "," + scale);
            }
        }

        /** The largest absolute value as a decimal string: {@code 999999999.999} for (12,3). */
        public String largest() {
            String whole = "9".repeat(precision - scale);
            return scale == 0 ? whole : whole + "." + "9".repeat(scale);
        }
    }

    /** The most characters a text-like field holds; empty for types that are not text. */
    public static OptionalInt maxLength(Field field) {
        return switch (field.type()) {
            case STRING -> OptionalInt.of(field.maxLength().orElse(DEFAULT_STRING_LENGTH));
            case TEXT -> OptionalInt.of(field.maxLength().orElse(TEXT_LENGTH));
            case EMAIL -> OptionalInt.of(EMAIL_LENGTH);
            case URL -> OptionalInt.of(URL_LENGTH);
            default -> OptionalInt.empty();
        };
    }

    /** True for the types stored as text in PostgreSQL and sent as JSON strings. */
    public static boolean isText(FieldType type) {
        return type == FieldType.STRING || type == FieldType.TEXT || type == FieldType.EMAIL || type == FieldType.URL;
    }
}
