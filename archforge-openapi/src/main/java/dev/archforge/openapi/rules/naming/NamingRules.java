package dev.archforge.openapi.rules.naming;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The naming rules, sorted by id. */
public final class NamingRules {
    public static final List<ApiRule> ALL = List.of(new PathTrailingSlashRule());

    private NamingRules() {}
}
