package dev.archforge.design.decision;

import dev.archforge.design.capacity.EntitySizes;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Tenancy;
import dev.archforge.design.plan.Tenancy.Isolation;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.OptionalLong;

/**
 * How tenants are kept apart under multi-tenancy: shared tables with {@code tenant_id} and PostgreSQL
 * row-level security by default; a schema or a database per tenant when there are few tenants and
 * each is large or regulated (HIPAA); a quota per tenant so one cannot starve the others; and
 * per-tenant single sign-on when customers bring their own identity provider.
 */
@DecisionInfo(
        id = "tenancy",
        area = Area.AUTHORIZATION,
        title = "Tenant isolation",
        reads = {
            RequirementKey.FEATURES,
            RequirementKey.TENANTS,
            RequirementKey.COMPLIANCE,
            RequirementKey.ENTITIES,
            RequirementKey.ACCESS_PATTERNS,
            RequirementKey.REGISTERED_USERS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS,
            RequirementKey.RETENTION_MONTHS,
            RequirementKey.HOSTING,
            RequirementKey.CLOUD
        })
public final class TenancyRule implements DecisionRule {
    /** Up to this many tenants a database each stays operable: one migration run, backup and pool per tenant. */
    static final long DATABASE_TENANTS = 50;
    /** Up to this many tenants a schema each keeps migrations and the system catalogue manageable. */
    static final long SCHEMA_TENANTS = 1_000;
    /** Data per tenant from which a tenant's rows are better kept, backed up and moved on their own. */
    static final double LARGE_TENANT_GB = 100;
    /** The smallest share of the peak one tenant may take before its requests are limited. */
    static final double TENANT_SHARE = 0.1;
    /** A quota never below this many requests per minute, so small systems do not throttle a busy tenant. */
    static final int MIN_TENANT_PER_MINUTE = 600;

    private static final double GB = 1_000_000_000;

    @Override
    public boolean applies(DesignContext context) {
        return context.has(Feature.MULTI_TENANCY);
    }

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Constraints c = context.constraints();
        OptionalLong tenants = context.scale().tenants();
        boolean hipaa = c.requires("hipaa");
        double dataGb = dataGb(context);
        double perTenantGb = tenants.isPresent() ? Numbers.round(dataGb / tenants.getAsLong()) : 0;
        boolean large = perTenantGb >= LARGE_TENANT_GB;
        Isolation isolation = Isolation.SHARED_SCHEMA;
        if (tenants.isPresent() && (hipaa || large)) {
            if (tenants.getAsLong() <= DATABASE_TENANTS) {
                isolation = Isolation.DATABASE_PER_TENANT;
            } else if (tenants.getAsLong() <= SCHEMA_TENANTS) {
                isolation = Isolation.SCHEMA_PER_TENANT;
            }
        }
        double peak = context.load().peakRps();
        double share =
                tenants.isPresent() ? Math.min(1, Math.max(TENANT_SHARE, 2.0 / tenants.getAsLong())) : TENANT_SHARE;
        long shareQuota = Numbers.ceil(peak * share * 60);
        boolean fromShare = shareQuota >= MIN_TENANT_PER_MINUTE;
        int quota = (int) Math.max(MIN_TENANT_PER_MINUTE, shareQuota);
        boolean sso = context.has(Feature.SSO);
        context.parts().tenancy(new Tenancy(isolation, tenants, quota, sso));

        String count = tenants.isPresent() ? Numbers.format(tenants.getAsLong()) + " tenants" : "";
        String model =
                switch (isolation) {
                    case SHARED_SCHEMA -> "Shared schema with tenant_id on every row and PostgreSQL row-level security";
                    case SCHEMA_PER_TENANT -> "Schema per tenant (" + count + ") in one PostgreSQL cluster";
                    case DATABASE_PER_TENANT -> "Database per tenant (" + count + "), routed by tenant id";
                };
        Choice choice = Choice.of(model + "; per-tenant quota of " + Numbers.format(quota) + " requests per minute"
                        + (sso
                                ? "; per-tenant SSO (OIDC and SAML), one enterprise connection per tenant in "
                                        + AuthenticationRule.provider(c)
                                : ""))
                .driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                .driver(
                        RequirementKey.TENANTS,
                        tenants.isPresent() ? Numbers.format(tenants.getAsLong()) : "not stated")
                .driver(RequirementKey.COMPLIANCE, c.compliance());
        String volume = "about " + Numbers.format(dataGb) + " GB of rows at the end of retention";
        switch (isolation) {
            case SHARED_SCHEMA -> {
                if (tenants.isEmpty()) {
                    choice.because("scale.tenants is not stated; with " + volume + " one set of shared tables serves"
                            + " any number of tenants with one migration run, one connection pool and one backup.");
                } else if (large || hipaa) {
                    choice.because(count + " are more than the " + Numbers.format(SCHEMA_TENANTS)
                            + " schemas one cluster's catalogue and migrations handle, so even with " + volume
                            + (hipaa ? " and HIPAA" : "") + " the tenants share tables.");
                } else {
                    choice.because(count + " share " + volume + ": " + Numbers.format(perTenantGb)
                            + " GB per tenant, below the " + Numbers.format(LARGE_TENANT_GB)
                            + " GB from which a tenant's data is better kept apart, and no regime demands"
                            + " separate databases; one set of tables keeps one migration run and one pool.");
                }
                choice.because("Every table carries tenant_id, first in every index, and a row-level security policy"
                        + " compares it with the tenant set on the connection (SET app.tenant_id per transaction),"
                        + " so a query that forgets its WHERE clause still cannot read another tenant's rows.");
            }
            case SCHEMA_PER_TENANT ->
                choice.because(count + " hold " + volume + ": " + Numbers.format(perTenantGb) + " GB per tenant"
                        + (large
                                ? ", at or above the " + Numbers.format(LARGE_TENANT_GB) + " GB from which a tenant's"
                                        + " data is better kept apart"
                                : "")
                        + (hipaa
                                ? (large
                                        ? ", under HIPAA"
                                        : " under HIPAA, which auditors read best as separate" + " stores")
                                : "")
                        + ". Up to " + Numbers.format(SCHEMA_TENANTS) + " tenants a schema each keeps one cluster"
                        + " while a tenant can be exported, restored or moved on its own; the search_path is set per"
                        + " connection from the tenant of the request.");
            case DATABASE_PER_TENANT ->
                choice.because(count + " hold " + volume + ": " + Numbers.format(perTenantGb) + " GB per tenant"
                        + (hipaa ? " under HIPAA" : "")
                        + ". Up to " + Numbers.format(DATABASE_TENANTS) + " tenants a database each is operable:"
                        + " each gets its own encryption key, backups and restore, and a large tenant moves to its"
                        + " own server without touching the others. tenant_id and row-level security stay inside"
                        + " each database as a second guard.");
        }
        choice.drivenByLoad(context.load())
                .because("Noisy neighbours: one tenant may send " + Numbers.format(quota) + " requests per minute, "
                        + (fromShare
                                ? Numbers.percent(Numbers.round(share * 100, 1)) + " of the " + Numbers.format(peak)
                                        + " req/s peak"
                                : "the floor of " + Numbers.format(MIN_TENANT_PER_MINUTE) + ", as "
                                        + Numbers.percent(Numbers.round(share * 100, 1)) + " of the "
                                        + Numbers.format(peak) + " req/s peak would allow only "
                                        + Numbers.format(shareQuota))
                        + ", counted per tenant at the edge beside the per-user limit; background jobs are"
                        + " claimed round-robin per tenant and statements time out, so one tenant's export"
                        + " cannot starve the others.");
        if (sso) {
            choice.because("Customers sign in through their own identity provider: each tenant's OIDC or SAML"
                    + " connection is an enterprise connection of " + AuthenticationRule.provider(c)
                    + ", found from the user's verified email domain; a tenant_sso_connection table maps tenant,"
                    + " protocol, issuer and domains, and the tenant claim in the token selects the tenant.");
        }
        return alternatives(choice, isolation, count)
                .tradeoff(
                        isolation == Isolation.SHARED_SCHEMA
                                ? "Setting the tenant on the connection is the one step row-level security"
                                        + " cannot catch: it is set in one place and tested."
                                : "Migrations run once per "
                                        + (isolation == Isolation.SCHEMA_PER_TENANT ? "schema" : "database")
                                        + " and must tolerate tenants on different versions while they roll out.")
                .tradeoff("Per-tenant quotas need the tenant resolved before the limiter: the token carries it.")
                .revisitWhen(revisit(isolation, tenants, perTenantGb));
    }

    private static Choice alternatives(Choice choice, Isolation isolation, String count) {
        return switch (isolation) {
            case SHARED_SCHEMA ->
                choice.alternative(
                                "Schema per tenant",
                                "Migrations and the catalogue grow with every tenant, for isolation row-level security"
                                        + " already gives at this size.")
                        .alternative(
                                "Database per tenant",
                                "One pool, backup and migration run per tenant; only worth it for few, large or"
                                        + " regulated tenants.");
            case SCHEMA_PER_TENANT ->
                choice.alternative(
                                "Shared tables with row-level security",
                                "Tenants this large would share indexes and vacuum, and none could be moved or restored"
                                        + " alone.")
                        .alternative(
                                "Database per tenant",
                                count
                                        + " databases mean as many pools and backups; schemas give the separation for less.");
            case DATABASE_PER_TENANT ->
                choice.alternative(
                                "Shared tables with row-level security",
                                "One bug or one restore affects every tenant at once; " + count
                                        + " is few enough to keep apart.")
                        .alternative(
                                "Schema per tenant",
                                "Shares one server's memory, I/O and encryption key between tenants that each need"
                                        + " their own.");
        };
    }

    private static String revisit(Isolation isolation, OptionalLong tenants, double perTenantGb) {
        return switch (isolation) {
            case SHARED_SCHEMA ->
                "When one tenant passes ~" + Numbers.format(Math.max(LARGE_TENANT_GB, 2 * perTenantGb))
                        + " GB (today ~" + Numbers.format(perTenantGb)
                        + " GB) or a contract demands its own database (HIPAA, a dedicated key), move that tenant to its"
                        + " own database; tenant_id keeps routing it.";
            case SCHEMA_PER_TENANT ->
                "When tenants pass " + Numbers.format(SCHEMA_TENANTS) + " (today " + Numbers.format(tenants.orElse(0))
                        + "), move the small ones to shared tables with row-level security.";
            case DATABASE_PER_TENANT ->
                "When tenants pass " + Numbers.format(DATABASE_TENANTS) + " (today " + Numbers.format(tenants.orElse(0))
                        + "), move the small ones to schemas in a shared cluster.";
        };
    }

    /** Heap data of all tables at the end of retention, every row carrying tenant_id. */
    private static double dataGb(DesignContext context) {
        double bytes = 0;
        for (Entity e : context.requirements().entities()) {
            bytes +=
                    EntitySizes.rows(context.requirements(), context.load(), e).value() * EntitySizes.rowBytes(e, true);
        }
        return Numbers.round(bytes / GB);
    }
}
