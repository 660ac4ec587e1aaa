package dev.archforge.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a rule is: its stable id, title, default severity, category, the release it appeared in,
 * tags (such as an OWASP item), options and how to fix what it finds.
 */
public record RuleDescriptor(
        String id,
        String title,
        Severity severity,
        Category category,
        String since,
        List<String> tags,
        List<RuleOption> options,
        String howToFix) {

    /** Compiled once: every start builds the descriptor of every rule. */
    private static final Pattern ID = Pattern.compile("(api|sql|req)-[a-z0-9]+(-[a-z0-9]+)*");

    /** Where rule pages are published; a rule's page is computed from its id, never typed. */
    public static final String DOCS_BASE = "https://github.com/archforge/archforge/blob/main/docs/rules/";

    public RuleDescriptor {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case with a domain prefix: '" + id + "'");
        }
        if (title.isBlank() || howToFix.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a title and a how-to-fix");
        }
        tags = List.copyOf(tags);
        options = List.copyOf(options);
    }

    public String docsUrl() {
        return DOCS_BASE + id + ".md";
    }

    public Optional<RuleOption> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
