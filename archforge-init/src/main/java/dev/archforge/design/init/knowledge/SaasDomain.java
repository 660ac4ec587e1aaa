package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;
import static dev.archforge.design.requirements.AccessPattern.Operation.UPDATE;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/**
 * Multi-tenant B2B software: customer organizations, their members, their projects and tasks. Every
 * entity carries the implicit {@code tenant} column of the multi-tenancy feature; {@code Organization}
 * is the tenant's own record.
 */
final class SaasDomain {
    private SaasDomain() {}

    static Domain domain() {
        return new Domain(
                "saas",
                "Multi-tenant B2B SaaS",
                List.of(
                        "saas",
                        "b2b",
                        "multi-tenant",
                        "multitenant",
                        "tenant",
                        "workspace",
                        "organization",
                        "organisation",
                        "project management",
                        "customer account"),
                "saas",
                "member",
                "Task",
                Audience.BUSINESS,
                Profile.typical()
                        .dailyActiveUsers(5000)
                        .activeShare(0.5)
                        .actions(60)
                        .peakFactor(3)
                        .payloadKb(6)
                        .monthlyGrowthPercent(4)
                        .retentionMonths(60)
                        .teamSize(6)
                        .budgetPerMonth(3000),
                Parts.none()
                        .features(Feature.AUDIT, Feature.AUTH, Feature.MULTI_TENANCY)
                        .actors(
                                ActorSpec.of("member", "People who work in their organization's projects."),
                                ActorSpec.of("manager", "Customer administrators who manage members and billing."),
                                ActorSpec.admin("Vendor staff who support tenants."))
                        .entities(
                                Accounts.user().fields("role: enum(member, manager) required"),
                                EntitySpec.named("Organization")
                                        .description("A customer: the tenant whose data is kept apart.")
                                        .fields(
                                                "name: string(120) required",
                                                "slug: string(60) required unique",
                                                "tier: enum(free, team, enterprise) required")
                                        .states("trial", "active", "suspended"),
                                EntitySpec.named("Project")
                                        .growth(0.2)
                                        .fields("name: string(120) required", "description: text")
                                        .relations("belongs-to User as manager")
                                        .states("active", "archived"),
                                EntitySpec.named("Task")
                                        .growth(20)
                                        .fields("title: string(200) required", "description: text", "due_date: date")
                                        .relations("belongs-to Project", "belongs-to User optional as assignee")
                                        .states("todo", "in_progress", "done"))
                        .patterns(
                                PatternSpec.of("list-project-tasks", "member", LIST, "Task", 30)
                                        .filter("tenant", "project", "state")
                                        .sort("created_at desc"),
                                PatternSpec.of("list-my-tasks", "member", LIST, "Task", 10)
                                        .filter("tenant", "assignee", "state")
                                        .sort("due_date"),
                                PatternSpec.of("update-task", "member", UPDATE, "Task", 10),
                                PatternSpec.of("create-task", "member", CREATE, "Task", 3),
                                PatternSpec.of("list-projects", "member", LIST, "Project", 5)
                                        .filter("tenant", "state")
                                        .sort("created_at desc"))
                        .events(EventSpec.of("TaskCompleted", "Task", "notifications", "audit"))
                        .risks(
                                "One tenant must never see another's data: scope every query by organization and"
                                        + " test it (OWASP API1).",
                                "A noisy tenant can starve the others: rate-limit and meter per organization.",
                                "Enterprise customers ask early for single sign-on, audit logs and data export."));
    }
}
