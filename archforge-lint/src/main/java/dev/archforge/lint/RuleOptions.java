package dev.archforge.lint;

import dev.archforge.model.RuleDescriptor;
import dev.archforge.model.RuleOption;
import dev.archforge.model.UsageException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A rule's option values: the configured ones over the declared defaults, read with a type. */
public final class RuleOptions {
    private final RuleDescriptor rule;
    private final Map<String, String> configured;
    private final boolean strict;

    public RuleOptions(RuleDescriptor rule, Map<String, String> configured) {
        this(rule, configured, false);
    }

    /** Options of a rule run in the strict profile ({@code strict}) or the default one. */
    public RuleOptions(RuleDescriptor rule, Map<String, String> configured, boolean strict) {
        this.rule = rule;
        this.strict = strict;
        this.configured = Map.copyOf(configured);
        for (String name : configured.keySet()) {
            if (rule.option(name).isEmpty()) {
                throw new UsageException("rule " + rule.id() + " has no option '" + name + "'; it has "
                        + rule.options().stream().map(RuleOption::name).toList());
            }
        }
    }

    /** True in the strict profile: a rule may then report what it leaves alone by default. */
    public boolean strict() {
        return strict;
    }

    public static RuleOptions defaults(RuleDescriptor rule) {
        return new RuleOptions(rule, Map.of());
    }

    public String string(String name) {
        String value = configured.get(name);
        if (value != null) {
            return value;
        }
        return rule.option(name)
                .map(RuleOption::defaultValue)
                .orElseThrow(() -> new IllegalArgumentException("rule " + rule.id() + " declares no option " + name));
    }

    public int integer(String name) {
        String value = string(name);
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new UsageException(
                        "option " + name + " of rule " + rule.id() + " must not be negative, got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(
                    "option " + name + " of rule " + rule.id() + " must be a whole number, got '" + value + "'");
        }
    }

    /** A comma-separated list option. */
    public List<String> list(String name) {
        String value = string(name);
        if (value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
