package dev.archforge.lint;

/** How the engine calls one rule on one subject (an API document, a SQL file). */
@FunctionalInterface
public interface Check<S> {
    void run(S subject, RuleOptions options, FindingSink sink);
}
