package dev.archforge.design.init;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system's name and purpose from a brief: the name it is "called" or "named", in kebab-case, and
 * the first sentence without "I'm building", as the purpose.
 */
final class SystemText {
    private static final Pattern CALLED =
            Pattern.compile("\\b(?:called|named)\\s+[\"'“]?([A-Za-z][A-Za-z0-9]*(?:[ -][A-Z0-9][A-Za-z0-9]*)*)");
    private static final Pattern OPENING = Pattern.compile(
            "(?i)^(?:(?:i am|i'm|i’m|we are|we're|we’re|we will be)\\s+)?(?:building|creating|making|designing"
                    + "|developing|writing)\\s+");
    private static final int PURPOSE_LENGTH = 200;

    private SystemText() {}

    /** The name the brief gives the system, in kebab-case. */
    static Optional<String> name(String brief) {
        Matcher m = CALLED.matcher(brief);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT).replace(' ', '-');
        return name.matches("[a-z][a-z0-9-]*") ? Optional.of(name) : Optional.empty();
    }

    /** The brief's first sentence as a purpose: "A fitness app that needs ...". */
    static String purpose(String brief) {
        String text = brief.strip().replaceAll("\\s+", " ");
        Matcher end = Pattern.compile("[.!?](?:\\s|$)").matcher(text);
        String sentence = end.find() ? text.substring(0, end.start()) : text;
        sentence = OPENING.matcher(sentence).replaceFirst("");
        if (sentence.length() > PURPOSE_LENGTH) {
            int cut = sentence.lastIndexOf(' ', PURPOSE_LENGTH);
            sentence = sentence.substring(0, cut > 0 ? cut : PURPOSE_LENGTH);
        }
        sentence = sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        return sentence + ".";
    }
}
