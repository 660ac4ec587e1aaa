package dev.archforge.source;

import java.math.BigDecimal;
import java.util.Optional;

/** A string, number, boolean or null, with its text as written (numbers unparsed until asked). */
public final class ScalarNode extends Node {
    /** The JSON type of a scalar. */
    public enum Kind {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }

    private final Kind kind;
    private final String text;

    ScalarNode(String file, int line, int column, Kind kind, String text) {
        super(file, line, column);
        this.kind = kind;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public boolean isTrue() {
        return kind == Kind.BOOLEAN && "true".equals(text);
    }

    public Optional<BigDecimal> number() {
        if (kind != Kind.NUMBER) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String typeName() {
        return switch (kind) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
        };
    }
}
