package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;
import static dev.archforge.design.requirements.AccessPattern.Operation.READ;
import static dev.archforge.design.requirements.AccessPattern.Operation.UPDATE;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Internal tools: a few dozen staff work through requests that someone approves. Small by design. */
final class InternalToolDomain {
    private InternalToolDomain() {}

    static Domain domain() {
        return new Domain(
                "internal-tool",
                "Internal tool",
                List.of(
                        "internal tool",
                        "internal app",
                        "internal",
                        "back office",
                        "back-office",
                        "backoffice",
                        "admin panel",
                        "intranet",
                        "employee",
                        "staff",
                        "approval"),
                "internal-tool",
                "staff",
                "Request",
                Audience.INTERNAL,
                Profile.typical()
                        .dailyActiveUsers(40)
                        .activeShare(0.8)
                        .actions(60)
                        .peakFactor(2)
                        .readPercent(85)
                        .monthlyGrowthPercent(1)
                        .retentionMonths(84)
                        .teamSize(2)
                        .availability(99.5)
                        .latencyP99Ms(500)
                        .budgetPerMonth(300),
                Parts.none()
                        .features(Feature.AUDIT, Feature.AUTH)
                        .actors(
                                ActorSpec.of("staff", "Employees who create and work on requests."),
                                ActorSpec.of("approver", "Managers who approve or reject requests."),
                                ActorSpec.admin("IT staff who manage accounts and settings."))
                        .entities(
                                Accounts.user(),
                                EntitySpec.named("Request")
                                        .description("A case staff work on, such as a refund or an access request.")
                                        .owner("staff")
                                        .growth(20)
                                        .fields("title: string(160) required", "details: text", "amount: money")
                                        .relations("belongs-to User as staff", "belongs-to User optional as approver")
                                        .states("draft", "submitted", "approved", "rejected", "closed"),
                                EntitySpec.named("Comment")
                                        .owner("staff")
                                        .growth(20)
                                        .fields("body: text required")
                                        .relations("belongs-to Request", "belongs-to User as staff"))
                        .patterns(
                                PatternSpec.of("list-open-requests", "staff", LIST, "Request", 20)
                                        .filter("state")
                                        .sort("created_at desc"),
                                PatternSpec.of("view-request", "staff", READ, "Request", 15),
                                PatternSpec.of("create-request", "staff", CREATE, "Request", 1),
                                PatternSpec.of("decide-request", "approver", UPDATE, "Request", 3),
                                PatternSpec.of("add-comment", "staff", CREATE, "Comment", 2),
                                PatternSpec.of("list-request-comments", "staff", LIST, "Comment", 10)
                                        .filter("request")
                                        .sort("created_at"))
                        .events(
                                EventSpec.of("RequestSubmitted", "Request", "notifications"),
                                EventSpec.of("RequestDecided", "Request", "notifications", "audit"))
                        .risks(
                                "Internal is not trusted: sign in through the company's identity provider and"
                                        + " record who changed what.",
                                "Approvers must not approve their own requests: check it on the server.",
                                "A few dozen users need no distributed system: one deployable and one database."));
    }
}
