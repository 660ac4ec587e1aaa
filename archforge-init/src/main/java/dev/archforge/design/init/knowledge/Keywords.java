package dev.archforge.design.init.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Matches knowledge-base keywords in a brief: whole words, case-insensitive, a plural "s" or "es"
 * allowed, a space in a keyword also matching a hyphen ("real time" matches "real-time").
 */
final class Keywords {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Keywords() {}

    static void check(String owner, List<String> keywords) {
        if (!owner.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("id must be kebab-case, got '" + owner + "'");
        }
        for (String k : keywords) {
            if (!k.equals(k.toLowerCase(Locale.ROOT).strip()) || k.isEmpty()) {
                throw new IllegalArgumentException("keyword '" + k + "' of '" + owner + "' must be lower-case");
            }
        }
    }

    /** The keywords that occur in {@code text}, in the keywords' order. */
    static List<String> found(List<String> keywords, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return keywords.stream()
                .filter(k -> PATTERNS.computeIfAbsent(k, Keywords::pattern)
                        .matcher(lower)
                        .find())
                .toList();
    }

    private static Pattern pattern(String keyword) {
        String body = Pattern.quote(keyword).replace(" ", "\\E[ -]\\Q");
        return Pattern.compile("(?<![a-z0-9])" + body + "(?:s|es)?(?![a-z0-9])");
    }
}
