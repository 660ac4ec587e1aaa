package dev.archforge.design.init.knowledge;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Recurring billing: a subscription per user whose state the billing provider drives. */
final class SubscriptionsCapability {
    private SubscriptionsCapability() {}

    static Capability capability() {
        return new Capability(
                "subscriptions",
                List.of("subscription", "recurring billing", "premium", "freemium", "paid plan", "paywall"),
                Parts.none()
                        .features(Feature.PAYMENTS)
                        .entities(EntitySpec.named("Subscription")
                                .description("A user's recurring plan, mirrored from the billing provider.")
                                .owner("@user")
                                .growth(0.05)
                                .fields(
                                        "tier: enum(free, premium) required",
                                        "renews_at: timestamp",
                                        "provider_reference: string(120) unique")
                                .relations("belongs-to User as @user")
                                .states("trialing", "active", "past_due", "cancelled"))
                        .events(EventSpec.of("SubscriptionChanged", "Subscription", "notifications", "analytics"))
                        .risks("Entitlements must follow the billing provider's state: update them from its"
                                + " webhooks and check them on the server, never in the client."));
    }
}
