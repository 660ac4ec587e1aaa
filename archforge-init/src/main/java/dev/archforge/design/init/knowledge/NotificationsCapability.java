package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Email, push and in-app notifications, sent from a queue. */
final class NotificationsCapability {
    private NotificationsCapability() {}

    static Capability capability() {
        return new Capability(
                "notifications",
                List.of("notification", "notify", "push", "reminder", "remind", "email alert", "alert"),
                Parts.none()
                        .features(Feature.NOTIFICATIONS)
                        .entities(EntitySpec.named("Notification")
                                .owner("@user")
                                .growth(30)
                                .fields(
                                        "channel: enum(email, push, in_app) required",
                                        "title: string(160) required",
                                        "body: text",
                                        "sent_at: timestamp")
                                .relations("belongs-to User as @user")
                                .states("pending", "sent", "failed", "read"))
                        .patterns(PatternSpec.of("list-my-notifications", "@user", LIST, "Notification", 2)
                                .filter("@user", "state")
                                .sort("created_at desc"))
                        .risks("Send notifications from a queue with retries, never inside the request that"
                                + " triggered them, and let users opt out per channel."));
    }
}
