package dev.archforge.design.plan;

import java.util.OptionalLong;

/**
 * How tenants' data is kept apart, as the tenancy decision chose it.
 *
 * @param isolation shared tables, a schema per tenant or a database per tenant
 * @param tenants customer organisations, when the requirements state them
 * @param requestsPerMinute the quota of one tenant, enforced at the edge beside the per-user limit
 * @param ssoConnections tenants sign in through their own identity provider: a table of per-tenant OIDC or
 *     SAML connections (tenant, protocol, issuer or metadata URL, verified email domains)
 */
public record Tenancy(Isolation isolation, OptionalLong tenants, int requestsPerMinute, boolean ssoConnections) {
    public Tenancy {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException(
                    "a tenant quota must be at least 1 per minute, got " + requestsPerMinute);
        }
    }

    /** Where one tenant's rows live. */
    public enum Isolation {
        /** Shared tables with {@code tenant_id} on every row and PostgreSQL row-level security. */
        SHARED_SCHEMA,
        /** One PostgreSQL schema per tenant in a shared database. */
        SCHEMA_PER_TENANT,
        /** One database per tenant, routed by tenant id. */
        DATABASE_PER_TENANT
    }
}
