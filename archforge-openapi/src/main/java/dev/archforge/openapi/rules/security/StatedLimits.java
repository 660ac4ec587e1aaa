package dev.archforge.openapi.rules.security;

import dev.archforge.source.ObjectNode;
import java.util.regex.Pattern;

/**
 * Whether the document's own text states a limit on a value: "up to 64 characters", "between 1
 * and 100", "This can only be 0 or 1", "a maximum of 50 items". A limit the description states and
 * the schema lacks is a contract the server enforces and clients cannot validate against; a value
 * whose text states none is a hardening item, reported only in the strict profile.
 */
final class StatedLimits {
    private static final String NUMBER = "\\s*:?\\s*[-+]?\\d";
    private static final Pattern LIMIT = Pattern.compile("(?i)\\b(?:"
            + "up to|at most|no more than|not more than|fewer than|less than|cannot exceed|must not exceed|may not exceed"
            + "|limited to|limit(?:ed)? of|maximum(?: length| value| number| size)?(?: of| is)?|max(?:imum)?\\.?"
            + "|between" + NUMBER + "[\\d.]*\\s*and|range(?:s)? (?:from|between)|(?:can|must) (?:only )?be (?:either )?"
            + NUMBER + "[\\d.]*\\s*or)" + NUMBER
            + "|\\b\\d+\\s*(?:characters|chars|items|elements|entries|bytes)\\b"
            + "|exceeding\\s+\\d");

    private StatedLimits() {}

    /** True when the input's description (or its schema's) states a limit. */
    static boolean stated(RequestInputs.Input input) {
        return states(input.at()) || states(input.schema());
    }

    private static boolean states(Object node) {
        return node instanceof ObjectNode o
                && o.text("description").filter(d -> LIMIT.matcher(d).find()).isPresent();
    }
}
