package dev.archforge.openapi.rules.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits identifiers into words and tells plurals from singulars, roughly, for English nouns. */
final class Words {
    private static final Set<String> UNCOUNTABLE = Set.of(
            "access",
            "analytics",
            "audio",
            "auth",
            "billing",
            "compliance",
            "config",
            "content",
            "data",
            "equipment",
            "evidence",
            "feedback",
            "firmware",
            "hardware",
            "health",
            "history",
            "info",
            "information",
            "inventory",
            "knowledge",
            "mail",
            "media",
            "metadata",
            "middleware",
            "money",
            "music",
            "news",
            "personnel",
            "research",
            "search",
            "series",
            "settings",
            "software",
            "species",
            "staff",
            "status",
            "storage",
            "telemetry",
            "traffic",
            "usage",
            "weather");
    private static final Set<String> IRREGULAR_PLURALS = Set.of(
            "alumni",
            "children",
            "criteria",
            "feet",
            "geese",
            "men",
            "cpus",
            "gpus",
            "gurus",
            "menus",
            "mice",
            "people",
            "phenomena",
            "teeth",
            "skus",
            "women");
    private static final Set<String> SINGULAR_S =
            Set.of("alias", "atlas", "bias", "bonus", "bus", "canvas", "chaos", "corpus", "gas", "lens", "virus");

    private Words() {}

    /** The lower-case words of an identifier in any case style: {@code getUserIDs} is get, user, ids. */
    static List<String> split(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, out);
                continue;
            }
            if (Character.isUpperCase(c) && word.length() > 0) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                // the plural of an acronym stays one word: IDs, APIs
                boolean acronymPlural = nextLower
                        && name.charAt(i + 1) == 's'
                        && (i + 2 == name.length() || !Character.isLowerCase(name.charAt(i + 2)));
                if (Character.isLowerCase(prev)
                        || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextLower && !acronymPlural)) {
                    flush(word, out);
                }
            }
            word.append(c);
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    /** True for a plural ({@code users}, {@code people}) or a noun without a plural ({@code data}). */
    static boolean isPluralOrUncountable(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (UNCOUNTABLE.contains(w) || IRREGULAR_PLURALS.contains(w)) {
            return true;
        }
        if (SINGULAR_S.contains(w) || w.endsWith("ss") || w.endsWith("us") || w.endsWith("sis") || w.endsWith("xis")) {
            return false;
        }
        return w.endsWith("s") && w.length() > 2;
    }

    /**
     * True when two words name the same thing, allowing for a plural and an abbreviation: they share
     * a beginning of at least three letters that lacks at most two letters of the shorter word
     * ({@code categories}/{@code category}, {@code analyses}/{@code analysis}, {@code orgs}/{@code organization}).
     */
    static boolean sameNoun(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 3 && common >= Math.min(a.length(), b.length()) - 2;
    }
}
