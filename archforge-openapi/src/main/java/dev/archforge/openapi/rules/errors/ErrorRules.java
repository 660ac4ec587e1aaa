package dev.archforge.openapi.rules.errors;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The errors rules, sorted by id. */
public final class ErrorRules {
    public static final List<ApiRule> ALL = List.of();

    private ErrorRules() {}
}
