package dev.archforge.design.decision;

import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Security;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may do what: roles from the actors (RBAC), row ownership from each entity's owner relation
 * (the check JHipster-style generators leave out: OWASP API1, broken object-level authorization),
 * tenant isolation with {@code tenant_id} and row-level security under multi-tenancy, and
 * attribute-based policies only where a regime demands need-to-know access.
 */
@DecisionInfo(
        id = "authorization",
        area = Area.AUTHORIZATION,
        title = "Authorization",
        reads = {RequirementKey.ACTORS, RequirementKey.ENTITIES, RequirementKey.FEATURES, RequirementKey.COMPLIANCE})
public final class AuthorizationRule implements DecisionRule {
    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        List<String> roles = req.actors().stream().map(Actor::name).toList();
        List<String> admins =
                req.actors().stream().filter(Actor::admin).map(Actor::name).toList();
        List<String> owned = new ArrayList<>();
        for (Entity e : req.entities()) {
            e.owner().ifPresent(o -> owned.add(e.name() + "." + o));
        }
        boolean tenants = req.has(Feature.MULTI_TENANCY);
        boolean abac = context.constraints().requires("hipaa");
        Security before = context.parts().security();
        context.parts()
                .security(new Security(
                        before.method(),
                        before.accessTokenMinutes(),
                        before.refreshTokenDays(),
                        roles,
                        !owned.isEmpty(),
                        tenants,
                        before.mfaForAdmins()));
        StringBuilder text =
                new StringBuilder("RBAC with roles ").append(roles.isEmpty() ? "user" : String.join(", ", roles));
        if (!owned.isEmpty()) {
            text.append("; row ownership on ")
                    .append(owned.size() <= 6 ? String.join(", ", owned) : owned.size() + " entities");
        }
        if (tenants) {
            text.append("; tenant isolation by tenant_id with PostgreSQL row-level security");
        }
        if (abac) {
            text.append("; ABAC policies for access to health data");
        }
        Choice choice = Choice.of(text.toString())
                .driver(RequirementKey.ACTORS, roles.size())
                .driver(
                        RequirementKey.ENTITIES,
                        owned.size() + " owned of " + req.entities().size())
                .because("Each of the " + Text.count(roles.size(), "actor", "actors")
                        + " becomes a role checked per endpoint (the role × endpoint matrix in security.md).");
        if (!owned.isEmpty()) {
            choice.because("Records with an owner (" + Text.and(owned.subList(0, Math.min(owned.size(), 6)))
                    + (owned.size() > 6 ? " and " + (owned.size() - 6) + " more" : "")
                    + ") are read and changed only by their owner"
                    + (admins.isEmpty() ? "" : " or " + Text.and(admins))
                    + ": every query filters by the owner column, so one user cannot read another's record by"
                    + " guessing its id (OWASP API1).");
        }
        if (tenants) {
            choice.driver(RequirementKey.FEATURES, ServiceBoundariesRule.features(req))
                    .because("Multi-tenancy: every tenant-scoped table carries tenant_id and a row-level security"
                            + " policy compares it with the tenant of the connection, so a missing WHERE clause"
                            + " cannot leak another tenant's rows.");
        }
        if (abac) {
            choice.driver(RequirementKey.COMPLIANCE, context.constraints().compliance())
                    .because("HIPAA's minimum-necessary rule needs need-to-know policies on health data beyond"
                            + " roles.");
        }
        return choice.alternative(
                        "ABAC everywhere (a policy engine such as OPA)",
                        abac
                                ? "Policies for every request cost latency and review effort; only health data needs"
                                        + " them."
                                : "Roles plus ownership express every rule these " + roles.size()
                                        + " actors need; a policy engine adds a language and a service to run.")
                .alternative(
                        tenants
                                ? "A schema or database per tenant"
                                : owned.isEmpty() ? "Row ownership" : "Roles only, no ownership checks",
                        tenants
                                ? "Migrations and connections multiply with tenants; shared tables with row-level"
                                        + " security scale to thousands of tenants."
                                : owned.isEmpty()
                                        ? "No entity names an owner: the "
                                                + req.entities().size()
                                                + " entities are shared by role, so owner columns would guard nothing."
                                        : "Any signed-in user could read any record by id: the most common API breach"
                                                + " (OWASP API1).")
                .tradeoff(
                        owned.isEmpty()
                                ? "Every record is visible to every role that reads its entity: the matrix in"
                                        + " security.md is the whole policy."
                                : "Ownership checks on " + Text.and(owned.subList(0, Math.min(owned.size(), 6)))
                                        + (owned.size() > 6 ? " and " + (owned.size() - 6) + " more" : "")
                                        + " sit in every repository query; a test per endpoint proves them.")
                .tradeoff(
                        admins.isEmpty()
                                ? "No role bypasses ownership: support work on someone's records needs an admin actor"
                                        + " first."
                                : Text.capitalize(Text.and(admins)) + Text.verb(admins, " bypasses", " bypass")
                                        + " ownership, so every such action is "
                                        + (req.has(Feature.AUDIT)
                                                ? "written to the audit log."
                                                : "logged with their id and reviewed."))
                .revisitWhen("When records are shared beyond their owner"
                        + (admins.isEmpty() ? "" : " and " + Text.and(admins))
                        + " (teams, delegation, per-record sharing), add relationship-based rules for those"
                        + " entities.");
    }
}
