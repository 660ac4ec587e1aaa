package dev.archforge.design.plan;

import java.util.List;

/**
 * Authentication and authorization as decided.
 *
 * @param roles the actor names that become roles, in requirements order
 * @param ownership records with an owner are visible only to their owner (and admins)
 * @param tenantIsolation every tenant-scoped row carries {@code tenant_id}, enforced by row-level security
 */
public record Security(
        AuthMethod method,
        int accessTokenMinutes,
        int refreshTokenDays,
        List<String> roles,
        boolean ownership,
        boolean tenantIsolation,
        boolean mfaForAdmins) {
    public Security {
        roles = List.copyOf(roles);
    }
}
