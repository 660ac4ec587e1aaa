package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Taking money through a payment provider: payments with provider references and a lifecycle. */
final class PaymentsCapability {
    private PaymentsCapability() {}

    static Capability capability() {
        return new Capability(
                "payments",
                List.of("payment", "pay", "billing", "checkout", "stripe", "credit card", "invoice"),
                Parts.none()
                        .features(Feature.PAYMENTS)
                        .entities(EntitySpec.named("Payment")
                                .description("Money taken through the payment provider.")
                                .owner("@user")
                                .growth(1)
                                .fields(
                                        "amount: money required",
                                        "currency: string(3) required",
                                        "provider_reference: string(120) required unique",
                                        "paid_at: timestamp")
                                .relations("belongs-to User as @user")
                                .states("pending", "succeeded", "failed", "refunded"))
                        .patterns(PatternSpec.of("list-my-payments", "@user", LIST, "Payment", 0.2)
                                .filter("@user")
                                .sort("created_at desc"))
                        .events(EventSpec.of("PaymentSucceeded", "Payment", "notifications"))
                        .risks(
                                "Never store card numbers: take them in the provider's hosted form so PCI scope"
                                        + " stays minimal.",
                                "Payment webhooks repeat: process each provider reference once."));
    }
}
