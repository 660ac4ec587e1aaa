package dev.archforge.openapi.rules.validation;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.openapi.model.Operation;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Reading {@code type} the same way in every version, and matching JSON values against it. */
final class SchemaTypes {
    static final Set<String> KNOWN = Set.of("string", "number", "integer", "boolean", "object", "array", "null");

    private SchemaTypes() {}

    /** The declared types: {@code type: string} or the 3.1 list {@code type: [string, "null"]}. */
    static List<String> of(ObjectNode schema) {
        return schema.get("type")
                .map(t -> t instanceof ArrayNode a
                        ? a.texts()
                        : t.asText().map(List::of).orElse(List.<String>of()))
                .orElse(List.of());
    }

    /** True when null is allowed: 3.1 {@code "null"} type, 3.0 {@code nullable}, 2.0 {@code x-nullable}. */
    static boolean nullable(ObjectNode schema) {
        return of(schema).contains("null") || schema.isTrue("nullable") || schema.isTrue("x-nullable");
    }

    /** True when {@code value} is of JSON Schema type {@code type} (integers also count as numbers). */
    static boolean matches(String type, Node value) {
        return switch (type) {
            case "string" -> kind(value, ScalarNode.Kind.STRING);
            case "boolean" -> kind(value, ScalarNode.Kind.BOOLEAN);
            case "null" -> kind(value, ScalarNode.Kind.NULL);
            case "number" -> kind(value, ScalarNode.Kind.NUMBER);
            case "integer" ->
                value instanceof ScalarNode s
                        && (isPlainInteger(s)
                                || s.number().map(SchemaTypes::isIntegral).orElse(false));
            case "object" -> value instanceof ObjectNode;
            case "array" -> value instanceof ArrayNode;
            default -> true;
        };
    }

    /** A value's JSON type for messages, with integers told apart from other numbers. */
    static String describe(Node value) {
        if (value instanceof ScalarNode s) {
            String text = s.text().length() > 40 ? s.text().substring(0, 37) + "..." : s.text();
            return switch (s.kind()) {
                case STRING -> "string \"" + text + "\"";
                case NUMBER -> (s.number().map(SchemaTypes::isIntegral).orElse(false) ? "integer " : "number ") + text;
                case BOOLEAN -> "boolean " + text;
                case NULL -> "null";
            };
        }
        return value.typeName();
    }

    /** Every parameter object an operation uses, each once, after following references. */
    static List<ObjectNode> parameters(ApiDocument api) {
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ObjectNode> out = new ArrayList<>();
        for (Operation op : api.operations()) {
            for (ObjectNode p : api.parameters(op)) {
                if (seen.add(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean kind(Node value, ScalarNode.Kind kind) {
        return value instanceof ScalarNode s && s.kind() == kind;
    }

    /** A number written as digits with an optional minus: integral without parsing a BigDecimal. */
    private static boolean isPlainInteger(ScalarNode s) {
        String text = s.text();
        if (s.kind() != ScalarNode.Kind.NUMBER || text.isEmpty()) {
            return false;
        }
        for (int i = text.charAt(0) == '-' ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return text.length() > (text.charAt(0) == '-' ? 1 : 0);
    }

    private static boolean isIntegral(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }
}
