package dev.archforge.lint;

import dev.archforge.model.RuleDescriptor;

/** A rule as the engine sees it: its metadata and how to run it. */
public record RegisteredRule<S>(RuleDescriptor descriptor, Check<S> check) {}
