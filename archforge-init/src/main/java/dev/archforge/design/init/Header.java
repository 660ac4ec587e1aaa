package dev.archforge.design.init;

import dev.archforge.design.init.knowledge.Capability;
import dev.archforge.design.init.knowledge.Match;
import java.util.ArrayList;
import java.util.List;

/** The comment at the top of a drafted file: where it came from, what was matched, the risks to review. */
final class Header {
    private static final int WIDTH = 98;

    private Header() {}

    static String text(String brief, Match match, List<Capability> capabilities, List<String> risks) {
        List<String> lines = new ArrayList<>();
        lines.add("Drafted by 'archforge init': review it, then run 'archforge design'.");
        lines.addAll(wrap("Brief: " + brief.strip().replaceAll("\\s+", " "), ""));
        String domain = "Domain: " + match.domain().id()
                + (match.domainKeywords().isEmpty()
                        ? " (no known domain named)"
                        : " (matched " + String.join(", ", match.domainKeywords()) + ")")
                + ". Capabilities: "
                + (capabilities.isEmpty()
                        ? "none"
                        : String.join(
                                ", ", capabilities.stream().map(Capability::id).toList()))
                + ".";
        lines.addAll(wrap(domain, ""));
        lines.add("Values marked 'assumed' are defaults; their keys are listed under 'assumptions'.");
        if (!risks.isEmpty()) {
            lines.add("Risks to review:");
            risks.forEach(r -> lines.addAll(wrap("- " + r, "  ")));
        }
        return String.join("\n", lines);
    }

    /** {@code text} broken at spaces into lines of at most {@link #WIDTH}, later lines indented. */
    static List<String> wrap(String text, String indent) {
        List<String> out = new ArrayList<>();
        String rest = text;
        String prefix = "";
        while (prefix.length() + rest.length() > WIDTH) {
            int cut = rest.lastIndexOf(' ', WIDTH - prefix.length());
            if (cut <= 0) {
                break;
            }
            out.add(prefix + rest.substring(0, cut));
            rest = rest.substring(cut + 1);
            prefix = indent;
        }
        out.add(prefix + rest);
        return out;
    }
}
