package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;
import static dev.archforge.design.requirements.AccessPattern.Operation.READ;
import static dev.archforge.design.requirements.AccessPattern.Operation.UPDATE;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Marketplaces and shops: sellers list products, buyers order and pay, stock must not oversell. */
final class MarketplaceDomain {
    private MarketplaceDomain() {}

    static Domain domain() {
        return new Domain(
                "marketplace",
                "Marketplace or shop",
                List.of(
                        "marketplace",
                        "e-commerce",
                        "ecommerce",
                        "shop",
                        "shopping",
                        "online store",
                        "webshop",
                        "seller",
                        "buyer",
                        "vendor",
                        "product listing",
                        "cart",
                        "checkout",
                        "flash sale"),
                "marketplace",
                "buyer",
                "Listing",
                Audience.CONSUMER,
                Profile.typical()
                        .dailyActiveUsers(20_000)
                        .actions(40)
                        .peakFactor(6)
                        .readPercent(90)
                        .payloadKb(8)
                        .retentionMonths(84)
                        .budgetPerMonth(2000),
                Parts.none()
                        .features(Feature.AUTH, Feature.PAYMENTS, Feature.SEARCH)
                        .actors(
                                ActorSpec.of("buyer", "People who browse listings and place orders."),
                                ActorSpec.of("seller", "Merchants who list products and fulfil orders."),
                                ActorSpec.admin("Staff who resolve disputes and moderate listings."))
                        .entities(
                                Accounts.user(),
                                EntitySpec.named("Listing")
                                        .description("A product a seller offers, with its price and stock.")
                                        .owner("seller")
                                        .growth(0.2)
                                        .fields(
                                                "title: string(160) required",
                                                "description: text",
                                                "price: money required",
                                                "currency: string(3) required",
                                                "stock: integer required")
                                        .relations("belongs-to User as seller")
                                        .states("draft", "active", "sold_out", "archived"),
                                EntitySpec.named("Order")
                                        .owner("buyer")
                                        .growth(0.5)
                                        .fields(
                                                "total: money required",
                                                "currency: string(3) required",
                                                "placed_at: timestamp required")
                                        .relations("belongs-to User as buyer")
                                        .states("pending", "paid", "shipped", "delivered", "cancelled", "refunded"),
                                EntitySpec.named("OrderItem")
                                        .owner("buyer")
                                        .growth(1)
                                        .fields("quantity: integer required", "unit_price: money required")
                                        .relations(
                                                "belongs-to Order", "belongs-to Listing", "belongs-to User as buyer"),
                                EntitySpec.named("Review")
                                        .owner("buyer")
                                        .growth(0.1)
                                        .fields("rating: integer required", "comment: text")
                                        .relations("belongs-to Listing", "belongs-to User as buyer"))
                        .patterns(
                                PatternSpec.of("browse-listings", "buyer", LIST, "Listing", 20)
                                        .filter("state")
                                        .sort("created_at desc"),
                                PatternSpec.of("view-listing", "buyer", READ, "Listing", 10),
                                PatternSpec.of("place-order", "buyer", CREATE, "Order", 0.2),
                                PatternSpec.of("list-my-orders", "buyer", LIST, "Order", 1)
                                        .filter("buyer")
                                        .sort("placed_at desc"),
                                PatternSpec.of("list-listing-orders", "seller", LIST, "OrderItem", 2)
                                        .filter("listing")
                                        .sort("created_at desc"),
                                PatternSpec.of("update-listing", "seller", UPDATE, "Listing", 0.5))
                        .events(
                                EventSpec.of("OrderPlaced", "Order", "payments", "notifications"),
                                EventSpec.of("OrderPaid", "Order", "notifications", "analytics"))
                        .risks(
                                "Concurrent checkouts can oversell stock: decrement it with one conditional update"
                                        + " and make checkout idempotent.",
                                "Payment callbacks arrive twice or out of order: handle each provider reference"
                                        + " once.",
                                "Sellers must manage only their own listings and see only orders for them (OWASP"
                                        + " API1)."));
    }
}
