package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.FieldType;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the shorthand strings the knowledge base writes, so a typo fails when its file is read instead
 * of in a user's file: fields {@code type[(n)] [required] [unique] [sensitive]} and relations {@code
 * belongs-to Entity [optional] [as name]}, as in {@code examples/design/fitness.yaml}.
 */
final class Shorthand {
    private static final Pattern FIELD = Pattern.compile("([a-z]+)(?:\\(([^)]*)\\))?((?: [a-z]+)*)");
    private static final Pattern ENUM_VALUES = Pattern.compile("[a-z][a-z0-9_]*(?:, [a-z][a-z0-9_]*)*");
    private static final Set<String> MODIFIERS = Set.of("required", "unique", "sensitive");
    private static final Pattern RELATION =
            Pattern.compile("belongs-to [A-Z][A-Za-z0-9]*(?: optional)?(?: as (?:@user|@mover|[a-z][a-z0-9_]*))?");
    private static final Pattern NAME = Pattern.compile("(?:@user|@mover|[a-z][a-z0-9_]*)");

    private Shorthand() {}

    /** Throws unless {@code text} is a field shorthand. */
    static String field(String text) {
        problem(text).ifPresent(p -> {
            throw new IllegalArgumentException("field '" + text + "': " + p);
        });
        return text;
    }

    /** Throws unless {@code text} is a relation shorthand. */
    static String relation(String text) {
        if (!RELATION.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "relation '" + text + "' is not 'belongs-to Entity [optional] [as name]'");
        }
        return text;
    }

    /** Throws unless {@code text} is a snake_case name or the {@code @user} placeholder. */
    static String name(String what, String text) {
        if (!NAME.matcher(text).matches()) {
            throw new IllegalArgumentException(what + " '" + text + "' is not snake_case");
        }
        return text;
    }

    private static Optional<String> problem(String text) {
        Matcher m = FIELD.matcher(text);
        if (!m.matches()) {
            return Optional.of("expected 'type[(n)] [required] [unique] [sensitive]'");
        }
        Optional<FieldType> type = FieldType.parse(m.group(1));
        if (type.isEmpty()) {
            return Optional.of("unknown type '" + m.group(1) + "'");
        }
        String args = m.group(2);
        if (type.get() == FieldType.ENUM
                && (args == null || !ENUM_VALUES.matcher(args).matches())) {
            return Optional.of("enum needs values: enum(a, b)");
        }
        if (args != null && type.get() == FieldType.STRING && !args.matches("[1-9][0-9]*")) {
            return Optional.of("string length must be a positive number");
        }
        if (args != null && type.get() != FieldType.ENUM && type.get() != FieldType.STRING) {
            return Optional.of("only string and enum take arguments");
        }
        Set<String> seen = new HashSet<>();
        for (String modifier : m.group(3).trim().split(" ")) {
            if (!modifier.isEmpty() && (!MODIFIERS.contains(modifier) || !seen.add(modifier))) {
                return Optional.of("unexpected modifier '" + modifier + "'");
            }
        }
        return Optional.empty();
    }
}
