package dev.archforge.design.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code assumptions}: the keys whose answers were assumed rather than confirmed, as dotted
 * paths ({@code scale.peak-factor}, {@code access-patterns.log-set.frequency}). {@code archforge init}
 * writes it; each path must start with a top-level key, and under {@code system}, {@code scale},
 * {@code team} and {@code constraints} name one of their keys.
 */
final class AssumptionsReader {
    /** The sections whose keys an assumption names one by one; under the others any path goes. */
    private static final List<RequirementKey> SECTIONS =
            List.of(RequirementKey.SYSTEM, RequirementKey.SCALE, RequirementKey.TEAM, RequirementKey.CONSTRAINTS);

    private AssumptionsReader() {}

    static void read(Section top, Set<String> assumed) {
        for (Text t : top.texts(RequirementKey.ASSUMPTIONS).orElse(List.of())) {
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
        Optional<RequirementKey> top = RequirementKey.ofPath(parts[0]);
        if (top.isEmpty() || top.get().parent().isPresent() || top.get() == RequirementKey.ASSUMPTIONS) {
            return false;
        }
        return !SECTIONS.contains(top.get())
                || parts.length == 1
                || (parts.length == 2 && RequirementKey.keys(top.get()).contains(parts[1]));
    }

    /** Every path the check knows in full, for suggestions. */
    private static List<String> known() {
        List<String> out = new ArrayList<>(RequirementKey.keys(null));
        for (RequirementKey section : SECTIONS) {
            RequirementKey.children(section).forEach(k -> out.add(k.path()));
        }
        return out;
    }
}
