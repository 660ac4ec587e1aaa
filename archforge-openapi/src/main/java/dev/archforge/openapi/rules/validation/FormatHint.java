package dev.archforge.openapi.rules.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code format} a string field's name implies: {@code created_at} is a date-time, {@code email} an email. */
final class FormatHint {
    private FormatHint() {}

    static Optional<String> of(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String last = words.get(words.size() - 1);
        if (name.toLowerCase(Locale.ROOT).contains("uuid") || words.contains("guid")) {
            return Optional.of("uuid");
        }
        if (last.equals("email")) {
            return Optional.of("email");
        }
        if (last.equals("url") || last.equals("uri")) {
            return Optional.of("uri");
        }
        if (last.equals("timestamp")
                || (words.size() > 1 && last.equals("at"))
                || (words.size() == 1 && (last.equals("created") || last.equals("updated")))) {
            return Optional.of("date-time");
        }
        if (last.equals("date")) {
            return Optional.of("date");
        }
        return Optional.empty();
    }

    /** Lower-case words of a snake_case, kebab-case or camelCase name. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = Character.isUpperCase(c)
                    && i > 0
                    && (Character.isLowerCase(name.charAt(i - 1))
                            || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
            if (!Character.isLetterOrDigit(c) || boundary) {
                flush(word, out);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
