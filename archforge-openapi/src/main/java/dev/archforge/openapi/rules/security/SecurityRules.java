package dev.archforge.openapi.rules.security;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The security rules, sorted by id. */
public final class SecurityRules {
    public static final List<ApiRule> ALL = List.of();

    private SecurityRules() {}
}
