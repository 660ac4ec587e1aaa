package dev.archforge.design.artifact.docs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Small wording helpers shared by the documents. */
final class Text {
    private Text() {}

    /** {@code MODULAR_MONOLITH} → {@code modular-monolith}: how enums appear in files. */
    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "Published plans" → "published plans"; an acronym such as "OIDC" stays. */
    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /** "1 open question", "2 open questions": the noun phrase takes an s unless the count is one. */
    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** "the alert" → "The alert". */
    static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "1 entity", "2 entities": for nouns whose plural is not the singular plus s. */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Ends the text with a full stop unless it already ends a sentence. */
    static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /** 1234.5 → "1,234.5", 24.333 → "24.33", 2.0 → "2": grouping, at most two decimals, no exponent. */
    static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(BigDecimal.valueOf(value));
    }

    /** 3420 → "US$ 3,420": whole dollars. */
    static String usd(long dollars) {
        return "US$ " + number((double) dollars);
    }

    /** The share {@code part} is of {@code whole}, to one decimal: "42.8 %". */
    static String share(long part, long whole) {
        return number(Math.round((double) part / whole * 1000) / 10.0) + " %";
    }
}
