package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/**
 * Several customer organizations in one deployment. Every entity then carries the implicit {@code
 * tenant} column; {@code Organization} is the tenant's own record, and each user has a role in it.
 */
final class MultiTenancyCapability {
    private MultiTenancyCapability() {}

    static Capability capability() {
        return new Capability(
                "multi-tenancy",
                List.of(
                        "multi-tenant",
                        "multitenant",
                        "multi tenant",
                        "multi-tenancy",
                        "multitenancy",
                        "tenant",
                        "b2b",
                        "white-label",
                        "white label"),
                Parts.none()
                        .features(Feature.MULTI_TENANCY)
                        .entities(
                                EntitySpec.named("Organization")
                                        .description("A customer: the tenant whose data is kept apart.")
                                        .fields("name: string(120) required", "slug: string(60) required unique")
                                        .states("active", "suspended"),
                                EntitySpec.named("User").fields("role: enum(member, manager) required"))
                        .risks("One tenant must never see another's data: scope every query by organization and"
                                + " test it (OWASP API1)."));
    }
}
