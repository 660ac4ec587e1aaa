package dev.archforge.openapi.rules;

/**
 * One API review rule. Metadata sits on the class in {@link dev.archforge.lint.RuleInfo}; the
 * class is listed in its area's registry. A rule reads {@link ApiContext#api()} and reports
 * through the context; it keeps no state between documents.
 */
@FunctionalInterface
public interface ApiRule {
    void check(ApiContext context);
}
