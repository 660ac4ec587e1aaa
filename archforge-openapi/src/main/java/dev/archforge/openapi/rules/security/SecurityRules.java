package dev.archforge.openapi.rules.security;

import dev.archforge.openapi.rules.ApiRule;
import java.util.List;

/** The security rules, sorted by id. */
public final class SecurityRules {
    public static final List<ApiRule> ALL = List.of(
            new AdminWithoutScopesRule(),
            new ArrayUnboundedRule(),
            new CredentialsInQueryRule(),
            new HttpBasicAuthRule(),
            new IntegerUnboundedRule(),
            new MassAssignmentRule(),
            new OAuthFlowDeprecatedRule(),
            new OperationUnprotectedRule(),
            new SecuritySchemeUnusedRule(),
            new SecuritySchemesMissingRule(),
            new SecurityScopeUndefinedRule(),
            new SensitiveDataInResponseRule(),
            new ServerPlainHttpRule(),
            new StringUnboundedRule(),
            new UrlInputUnrestrictedRule());

    private SecurityRules() {}
}
