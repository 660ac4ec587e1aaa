package dev.archforge.lint;

/** A rule that threw instead of reporting: a bug in Archforge, not in the input. */
public record RuleFailure(String ruleId, String file, RuntimeException error) {}
