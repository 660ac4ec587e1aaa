package dev.archforge.openapi.rules.naming;

import dev.archforge.model.UsageException;
import dev.archforge.openapi.rules.ApiContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The ways a name of several words is written, and the dominant one in a set of names. */
enum CaseStyle {
    KEBAB("kebab-case", Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)+")),
    SNAKE("snake_case", Pattern.compile("[a-z0-9]+(?:_[a-z0-9]+)+")),
    CAMEL("camelCase", Pattern.compile("[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*")),
    PASCAL("PascalCase", Pattern.compile("[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*")),
    SCREAMING_SNAKE("SCREAMING_SNAKE_CASE", Pattern.compile("[A-Z0-9]+(?:_[A-Z0-9]+)+")),
    MIXED("mixed case", Pattern.compile("(?!)"));

    static final String OPTION = "style";
    static final String DOMINANT = "dominant";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private final String id;
    private final Pattern pattern;

    CaseStyle(String id, Pattern pattern) {
        this.id = id;
        this.pattern = pattern;
    }

    String id() {
        return id;
    }

    /**
     * The style of a name made of several words; empty for a single word ({@code users},
     * {@code Accounts}, {@code ID}) and for what is not an identifier ({@code @odata.type}, {@code v1.2}).
     */
    static Optional<CaseStyle> of(String name) {
        if (isOneLowerWord(name)) {
            return Optional.empty();
        }
        if (!IDENTIFIER.matcher(name).matches()
                || name.chars().noneMatch(Character::isLetter)
                || Words.split(name).size() < 2) {
            return Optional.empty();
        }
        for (CaseStyle style : values()) {
            if (style.pattern.matcher(name).matches()) {
                return Optional.of(style);
            }
        }
        return Optional.of(MIXED);
    }

    /** The common case, answered without a regular expression: no separator, no capital after the first letter. */
    private static boolean isOneLowerWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_' || (i > 0 && Character.isUpperCase(c)) || Character.isDigit(c)) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /**
     * The style names should follow: the {@code style} option when it names one, else the style most
     * multi-word names are written in, counting each place a name is written (the first style seen
     * wins a tie). Empty when no name has several words.
     */
    static Optional<CaseStyle> expected(ApiContext context, Collection<String> names) {
        String option = context.options().string(OPTION).trim();
        if (!option.equals(DOMINANT)) {
            return Optional.of(Arrays.stream(values())
                    .filter(s -> s != MIXED && s.id.equals(option))
                    .findFirst()
                    .orElseThrow(() -> new UsageException("option style must be dominant, kebab-case, snake_case,"
                            + " camelCase, PascalCase or SCREAMING_SNAKE_CASE, got '" + option + "'")));
        }
        Map<CaseStyle, Integer> counts = new LinkedHashMap<>();
        Map<String, Optional<CaseStyle>> memo = new java.util.HashMap<>();
        names.forEach(n -> memo.computeIfAbsent(n, CaseStyle::of)
                .filter(s -> s != MIXED)
                .ifPresent(s -> counts.merge(s, 1, Integer::sum)));
        return counts.entrySet().stream()
                .reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
                .map(Map.Entry::getKey);
    }

    /** How the expected style was chosen, for messages. */
    static String reason(ApiContext context, CaseStyle expected) {
        return context.options().string(OPTION).trim().equals(DOMINANT)
                ? "the document mostly uses " + expected.id
                : "the configured style is " + expected.id;
    }
}
