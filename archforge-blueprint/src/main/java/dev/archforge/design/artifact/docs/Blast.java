package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.Component;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.AccessPattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Blast radii and detection signals of {@code failure-modes.md}, computed from the requirements and operations.md. */
final class Blast {
    /** What {@link #patterns} says when no access pattern matches. */
    static final String NONE = "no access pattern";

    private Blast() {}

    /** "2 access patterns (`list-my-workouts`, `log-set`) of training and progress", or "no access pattern". */
    static String patterns(Design design, Predicate<AccessPattern> which) {
        List<String> names = new ArrayList<>();
        Set<String> components = new LinkedHashSet<>();
        for (AccessPattern p : design.requirements().accessPatterns()) {
            if (which.test(p)) {
                names.add(Markdown.code(p.name()));
                design.architecture()
                        .componentOf(p.entity())
                        .map(Component::name)
                        .ifPresent(components::add);
            }
        }
        if (names.isEmpty()) {
            return NONE;
        }
        return Text.count(names.size(), "access pattern") + " (" + String.join(", ", names) + ")"
                + (components.isEmpty() ? "" : " of " + Text.and(List.copyOf(components)));
    }

    /** "the *Fast burn (14.4×)* alert", when operations.md has an alert of that name. */
    static String alert(Design design, String prefix) {
        return Alerts.named(design, prefix).map(n -> "the *" + n + "* alert").orElse("");
    }

    /** The named alerts that exist, joined: "the *Fast burn (14.4×)* alert and the *Latency* alert". */
    static String alerts(Design design, String... prefixes) {
        List<String> found = new ArrayList<>();
        for (String prefix : prefixes) {
            String a = alert(design, prefix);
            if (!a.isEmpty()) {
                found.add(a);
            }
        }
        return found.isEmpty() ? "no alert in operations.md" : Text.and(found);
    }
}
