package dev.archforge.model;

/** A setting of a rule that users change in the configuration file, with its default. */
public record RuleOption(String name, String defaultValue, String description) {
    public RuleOption {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("option name must be kebab-case: '" + name + "'");
        }
    }
}
