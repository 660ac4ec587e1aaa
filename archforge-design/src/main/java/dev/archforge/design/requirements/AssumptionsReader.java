package dev.archforge.design.requirements;

import java.util.List;
import java.util.Map;
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
            String[] parts = key.split("\\.", -1);
            String first = parts[0];
            if (!Keys.TOP.contains(first) || first.equals("assumptions")) {
                top.report(t.location(), "unknown key '" + key + "' in assumptions" + Suggest.hint(key, known()));
            } else if (SECTIONS.containsKey(first)
                    && (parts.length > 2
                            || parts.length == 2 && !SECTIONS.get(first).contains(parts[1]))) {
                top.report(t.location(), "unknown key '" + key + "' in assumptions" + Suggest.hint(key, known()));
            } else if (key.contains("..") || key.endsWith(".")) {
                top.report(
                        t.location(),
                        "key '" + key
                                + "' in assumptions has an empty part, expected a path such as 'scale.peak-factor'");
            } else {
                assumed.add(key);
            }
        }
    }

    /** Every path the check knows in full, for suggestions. */
    private static List<String> known() {
        List<String> out = new java.util.ArrayList<>(Keys.TOP);
        for (String section : SECTIONS_ORDER) {
            for (String key : SECTIONS.get(section)) {
                out.add(section + "." + key);
            }
        }
        return out;
    }
}
