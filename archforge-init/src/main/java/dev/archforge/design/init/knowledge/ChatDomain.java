package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;
import static dev.archforge.design.requirements.AccessPattern.Operation.UPDATE;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Chat and messaging: conversations with participants, messages delivered live, history kept. */
final class ChatDomain {
    private ChatDomain() {}

    static Domain domain() {
        return new Domain(
                "chat",
                "Chat or messaging",
                List.of(
                        "chat",
                        "messaging",
                        "messenger",
                        "conversation",
                        "direct message",
                        "group chat",
                        "chat room",
                        "chatroom",
                        "instant messaging"),
                "chat",
                "member",
                "Message",
                Audience.CONSUMER,
                Profile.typical()
                        .dailyActiveUsers(20_000)
                        .actions(100)
                        .peakFactor(3)
                        .readPercent(70)
                        .payloadKb(2)
                        .retentionMonths(24)
                        .budgetPerMonth(1500),
                Parts.none()
                        .features(Feature.AUTH, Feature.NOTIFICATIONS, Feature.REALTIME)
                        .actors(
                                ActorSpec.of("member", "People who talk in direct and group conversations."),
                                ActorSpec.admin("Staff who handle abuse reports."))
                        .entities(
                                Accounts.user(),
                                EntitySpec.named("Conversation")
                                        .description("A direct or group conversation.")
                                        .growth(0.5)
                                        .fields("title: string(120)", "kind: enum(direct, group) required")
                                        .relations("belongs-to User as creator"),
                                EntitySpec.named("Participant")
                                        .description("A member's place in a conversation, with what they have read.")
                                        .owner("member")
                                        .growth(1)
                                        .fields(
                                                "joined_at: timestamp required",
                                                "last_read_at: timestamp",
                                                "muted: boolean required")
                                        .relations("belongs-to Conversation", "belongs-to User as member"),
                                EntitySpec.named("Message")
                                        .owner("member")
                                        .growth(600)
                                        .fields(
                                                "body: text required",
                                                "sent_at: timestamp required",
                                                "edited_at: timestamp")
                                        .relations("belongs-to Conversation", "belongs-to User as member"))
                        .patterns(
                                PatternSpec.of("list-my-conversations", "member", LIST, "Participant", 10)
                                        .filter("member")
                                        .sort("last_read_at desc"),
                                PatternSpec.of("list-messages", "member", LIST, "Message", 40)
                                        .filter("conversation", "sent_at")
                                        .sort("sent_at desc"),
                                PatternSpec.of("send-message", "member", CREATE, "Message", 20),
                                PatternSpec.of("mark-read", "member", UPDATE, "Participant", 20))
                        .events(EventSpec.of("MessageSent", "Message", "realtime", "notifications"))
                        .risks(
                                "A message to a large group is one delivery per member: cap group size or fan out"
                                        + " asynchronously.",
                                "Members must read only conversations they take part in: check participation on"
                                        + " every message query (OWASP API1).",
                                "Message history grows fastest: page it by cursor, never by offset, and archive by"
                                        + " time."));
    }
}
