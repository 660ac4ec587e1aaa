package dev.archforge.design.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads {@code assumptions}: the keys whose answers were assumed rather than confirmed, as dotted
 * paths ({@code scale.peak-factor}, {@code access-patterns.log-set.frequency}). {@code archforge init}
 * writes it; each path must start with a top-level key, and under {@code system}, {@code scale},
 * {@code team} and {@code constraints} name one of their keys.
 */
final class AssumptionsReader {
    private static final Map<String, List<String>> SECTIONS = Map.of(
            "system", Keys.SYSTEM,
            "scale", Keys.SCALE,
            "team", Keys.TEAM,
            "constraints", Keys.CONSTRAINTS);
    private static final List<String> SECTIONS_ORDER = List.of("system", "scale", "team", "constraints");

    private AssumptionsReader() {}

    static void read(Section top, Set<String> assumed) {
        for (Text t : top.texts("assumptions").orElse(List.of())) {
            String key = t.value().trim();
            if (key.isEmpty() || key.contains("..") || key.endsWith(".")) {
                top.report(
                        t.location(),
                        "key '" + key
                                + "' in assumptions has an empty part, expected a path such as 'scale.peak-factor'");
            } else if (!known(key.split("\\."))) {
                top.report(t.location(), "unknown key '" + key + "' in assumptions" + Suggest.hint(key, known()));
            } else {
                assumed.add(key);
            }
        }
    }

    /** A top-level key other than assumptions, followed under a section by one of its keys. */
    private static boolean known(String[] parts) {
        if (!Keys.TOP.contains(parts[0]) || parts[0].equals("assumptions")) {
            return false;
        }
        List<String> keys = SECTIONS.get(parts[0]);
        return keys == null || parts.length == 1 || (parts.length == 2 && keys.contains(parts[1]));
    }

    /** Every path the check knows in full, for suggestions. */
    private static List<String> known() {
        List<String> out = new ArrayList<>(Keys.TOP);
        for (String section : SECTIONS_ORDER) {
            for (String key : Objects.requireNonNull(SECTIONS.get(section))) {
                out.add(section + "." + key);
            }
        }
        return out;
    }
}
