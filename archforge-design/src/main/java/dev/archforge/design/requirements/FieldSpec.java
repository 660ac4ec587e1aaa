package dev.archforge.design.requirements;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses a field written {@code type[(n)] [required] [unique] [sensitive]} or
 * {@code enum(a, b, c) [required] ...}. Only {@code string} takes a length.
 */
final class FieldSpec {
    static final List<String> MODIFIERS = List.of("required", "unique", "sensitive");
    /** PostgreSQL's largest varchar. */
    static final int MAX_LENGTH = 10_485_760;

    private static final Pattern TYPE = Pattern.compile("([A-Za-z]+)(?:\\((\\d+)\\))?");
    private static final Pattern ENUM_VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final List<String> TYPE_IDS = typeIds();

    private FieldSpec() {}

    static Optional<Field> parse(String name, Text spec, Problems problems) {
        String text = spec.value().trim();
        String what = "field '" + name + "'";
        FieldType type = FieldType.STRING;
        OptionalInt length = OptionalInt.empty();
        List<String> values = List.of();
        String rest;
        if (text.startsWith("enum(")) {
            int close = text.indexOf(')');
            if (close < 0) {
                problems.add(spec.location(), "missing ')' after the values of enum in " + what);
                return Optional.empty();
            }
            values = enumValues(text.substring(5, close), what, spec, problems);
            type = values.isEmpty() ? FieldType.STRING : FieldType.ENUM;
            rest = text.substring(close + 1);
        } else {
            String[] head = text.split("\\s+", 2);
            rest = head.length > 1 ? head[1] : "";
            Matcher m = TYPE.matcher(head[0]);
            Optional<FieldType> parsed =
                    m.matches() ? FieldType.parse(m.group(1)).filter(t -> t.id().equals(m.group(1))) : Optional.empty();
            if (parsed.isEmpty()) {
                String typeText = m.matches() ? m.group(1) : head[0];
                problems.add(
                        spec.location(),
                        "unknown type '" + typeText + "' of " + what + Suggest.hint(typeText, TYPE_IDS));
            } else if (parsed.get() == FieldType.ENUM) {
                problems.add(spec.location(), "enum " + what + " lists no values, expected enum(a, b, c)");
            } else {
                type = parsed.get();
                length = length(m.group(2), type, what, spec, problems);
            }
        }
        Set<String> modifiers = modifiers(rest, what, spec, problems);
        // a field with a wrong type is kept (as a string) so access patterns naming it are not reported too
        return Optional.of(new Field(
                name,
                type,
                length,
                values,
                modifiers.contains("required"),
                modifiers.contains("unique"),
                modifiers.contains("sensitive"),
                spec.node().keyLocation()));
    }

    private static OptionalInt length(
            @Nullable String digits, FieldType type, String what, Text spec, Problems problems) {
        if (digits == null) {
            return OptionalInt.empty();
        }
        if (type != FieldType.STRING) {
            problems.add(
                    spec.location(),
                    "only string takes a length such as string(80), found '" + type.id() + "(" + digits + ")' for "
                            + what);
            return OptionalInt.empty();
        }
        long n = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (n < 1 || n > MAX_LENGTH) {
            problems.add(
                    spec.location(),
                    "length of " + what + " must be between 1 and " + MAX_LENGTH + ", found " + digits);
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) n);
    }

    private static List<String> enumValues(String inside, String what, Text spec, Problems problems) {
        Set<String> values = new LinkedHashSet<>();
        for (String raw : inside.split(",", -1)) {
            String v = raw.trim();
            if (!ENUM_VALUE.matcher(v).matches()) {
                problems.add(
                        spec.location(),
                        "enum value '" + v + "' of " + what
                                + " is not a word, expected letters, digits, '_', '.' or '-'");
            } else if (!values.add(v)) {
                problems.add(spec.location(), "enum value '" + v + "' of " + what + " is listed twice");
            }
        }
        return List.copyOf(values);
    }

    private static Set<String> modifiers(String rest, String what, Text spec, Problems problems) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : rest.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!MODIFIERS.contains(word)) {
                problems.add(
                        spec.location(), "unknown modifier '" + word + "' of " + what + Suggest.hint(word, MODIFIERS));
            } else if (!out.add(word)) {
                problems.add(spec.location(), "modifier '" + word + "' of " + what + " is written twice");
            }
        }
        return out;
    }

    private static List<String> typeIds() {
        List<String> ids = new ArrayList<>();
        for (FieldType t : FieldType.values()) {
            ids.add(t.id());
        }
        return List.copyOf(ids);
    }
}
