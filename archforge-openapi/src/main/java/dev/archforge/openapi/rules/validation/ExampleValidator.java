package dev.archforge.openapi.rules.validation;

import dev.archforge.openapi.model.ApiDocument;
import dev.archforge.source.ArrayNode;
import dev.archforge.source.Node;
import dev.archforge.source.ObjectNode;
import dev.archforge.source.ScalarNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks an example or default value against its schema, for the keywords people get wrong most:
 * {@code type}, {@code enum}, {@code required}, {@code properties}, {@code items}, {@code minimum},
 * {@code maximum}, {@code minLength}, {@code maxLength}, {@code pattern} and the {@code date-time},
 * {@code date}, {@code uuid} and {@code email} formats. Every other keyword is skipped, so a value
 * this class accepts may still be invalid, but one it rejects is not valid.
 */
final class ExampleValidator {
    private static final int MAX_DEPTH = 64;
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final ApiDocument api;
    private final Map<String, Optional<Pattern>> patterns = new HashMap<>();

    ExampleValidator(ApiDocument api) {
        this.api = api;
    }

    /**
     * Where a value breaks its schema.
     *
     * @param path the JSON pointer of the offending part inside the value, empty for the value itself
     * @param problem what is wrong, as a phrase
     */
    record Mismatch(String path, String problem) {
        /** {@code ": problem"} or {@code " at '/path': problem"}, to append to a sentence. */
        String describe() {
            return path.isEmpty() ? ": " + problem : " at '" + path + "': " + problem;
        }
    }

    /** The first mismatch of {@code value} against {@code schema}, if any. */
    Optional<Mismatch> validate(Node value, Node schema) {
        return check(value, schema, "", 0);
    }

    private Optional<Mismatch> check(Node value, Node schemaNode, String path, int depth) {
        if (depth > MAX_DEPTH || !(api.deref(schemaNode) instanceof ObjectNode schema)) {
            return Optional.empty();
        }
        List<String> types = SchemaTypes.of(schema);
        boolean isNull = value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL;
        if (isNull && SchemaTypes.nullable(schema)) {
            return Optional.empty();
        }
        if (!types.isEmpty() && allKnown(types) && !anyMatches(types, value)) {
            return mismatch(path, "expected " + String.join(" or ", types) + ", found " + SchemaTypes.describe(value));
        }
        Optional<ArrayNode> values = schema.array("enum");
        if (values.isPresent() && !containsSame(values.get(), value)) {
            return mismatch(path, SchemaTypes.describe(value) + " is not one of the enum values");
        }
        if (value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.STRING) {
            return string(s.text(), schema, path);
        }
        if (value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NUMBER) {
            return number(s, schema, path);
        }
        if (value instanceof ObjectNode object) {
            return object(object, schema, path, depth);
        }
        if (value instanceof ArrayNode array) {
            Optional<ObjectNode> items = schema.object("items");
            for (int i = 0; items.isPresent() && i < array.size(); i++) {
                Optional<Mismatch> m = check(array.items().get(i), items.get(), path + "/" + i, depth + 1);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Mismatch> object(ObjectNode value, ObjectNode schema, String path, int depth) {
        Optional<ObjectNode> properties = schema.object("properties");
        for (String name : schema.array("required").map(ArrayNode::texts).orElse(List.of())) {
            if (!value.has(name) && !directional(properties.flatMap(p -> p.get(name)))) {
                return mismatch(path, "required property '" + name + "' is missing");
            }
        }
        if (properties.isPresent()) {
            ObjectNode props = properties.get();
            // indexed loop instead of members().entrySet(): no map view or entry per member
            for (int i = 0; i < value.size(); i++) {
                String key = value.keyAt(i);
                Optional<Node> propertySchema = props.get(key);
                if (propertySchema.isPresent()) {
                    Optional<Mismatch> m =
                            check(value.valueAt(i), propertySchema.get(), path + "/" + Node.escape(key), depth + 1);
                    if (m.isPresent()) {
                        return m;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A read-only or write-only property may be absent from one direction's examples. */
    private boolean directional(Optional<Node> propertySchema) {
        return propertySchema
                .flatMap(api::object)
                .map(p -> p.isTrue("readOnly") || p.isTrue("writeOnly"))
                .orElse(false);
    }

    private Optional<Mismatch> string(String text, ObjectNode schema, String path) {
        int length = text.codePointCount(0, text.length());
        Optional<BigDecimal> min = number(schema, "minLength");
        if (min.isPresent() && min.get().compareTo(BigDecimal.valueOf(length)) > 0) {
            return mismatch(path, "string of length " + length + " is shorter than minLength " + min.get());
        }
        Optional<BigDecimal> max = number(schema, "maxLength");
        if (max.isPresent() && max.get().compareTo(BigDecimal.valueOf(length)) < 0) {
            return mismatch(path, "string of length " + length + " is longer than maxLength " + max.get());
        }
        Optional<String> regex = schema.text("pattern");
        if (regex.isPresent()
                && compiled(regex.get()).map(p -> !p.matcher(text).find()).orElse(false)) {
            return mismatch(path, quote(text) + " does not match pattern '" + regex.get() + "'");
        }
        String format = schema.text("format").orElse("");
        if (!validFormat(format, text)) {
            return mismatch(path, quote(text) + " is not a valid " + format);
        }
        return Optional.empty();
    }

    private static Optional<Mismatch> number(ScalarNode value, ObjectNode schema, String path) {
        if (!schema.has("minimum") && !schema.has("maximum")) {
            // nothing to compare with: spare parsing the value
            return Optional.empty();
        }
        Optional<BigDecimal> n = value.number();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> min = number(schema, "minimum");
        if (min.isPresent() && n.get().compareTo(min.get()) < 0) {
            return mismatch(
                    path, value.text() + " is less than minimum " + min.get().toPlainString());
        }
        Optional<BigDecimal> max = number(schema, "maximum");
        if (max.isPresent() && n.get().compareTo(max.get()) > 0) {
            return mismatch(
                    path, value.text() + " is greater than maximum " + max.get().toPlainString());
        }
        return Optional.empty();
    }

    static boolean validFormat(String format, String text) {
        try {
            return switch (format) {
                case "date-time" -> {
                    if (!PlainDates.isDateTime(text)) {
                        OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                    }
                    yield true;
                }
                case "date" -> {
                    if (!PlainDates.isDate(text)) {
                        LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                    }
                    yield text.length() == 10;
                }
                case "uuid" -> UUID.matcher(text).matches();
                case "email" -> EMAIL.matcher(text).matches();
                default -> true;
            };
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private Optional<Pattern> compiled(String regex) {
        return patterns.computeIfAbsent(regex, r -> {
            try {
                return Optional.of(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        });
    }

    /** JSON equality: numbers by value, objects by members regardless of order. */
    static boolean same(Node a, Node b) {
        if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
            if (x.kind() != y.kind()) {
                return false;
            }
            if (x.kind() == ScalarNode.Kind.NUMBER) {
                return x.number()
                        .flatMap(m -> y.number().map(n -> m.compareTo(n) == 0))
                        .orElse(false);
            }
            return x.text().equals(y.text());
        }
        if (a instanceof ArrayNode x && b instanceof ArrayNode y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof ObjectNode x && b instanceof ObjectNode y) {
            if (x.size() != y.size()) {
                return false;
            }
            // indexed loop instead of a stream over members().entrySet()
            for (int i = 0; i < x.size(); i++) {
                Optional<Node> v = y.get(x.keyAt(i));
                if (v.isEmpty() || !same(x.valueAt(i), v.get())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    // The three helpers below are plain loops instead of streams: they run for every node of every example.
    private static boolean allKnown(List<String> types) {
        for (String t : types) {
            if (!SchemaTypes.KNOWN.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyMatches(List<String> types, Node value) {
        for (String t : types) {
            if (SchemaTypes.matches(t, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsSame(ArrayNode values, Node value) {
        for (Node v : values.items()) {
            if (same(v, value)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<BigDecimal> number(ObjectNode schema, String key) {
        return schema.get(key).flatMap(Node::asScalar).flatMap(ScalarNode::number);
    }

    private static String quote(String text) {
        return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
    }

    private static Optional<Mismatch> mismatch(String path, String problem) {
        return Optional.of(new Mismatch(path, problem));
    }
}
