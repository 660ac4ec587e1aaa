package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.READ;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Limited stock, seats or slots that many buyers compete for: stock items and expiring reservations. */
final class InventoryCapability {
    private InventoryCapability() {}

    static Capability capability() {
        return new Capability(
                "inventory",
                List.of(
                        "inventory",
                        "stock level",
                        "in stock",
                        "out of stock",
                        "sold out",
                        "oversell",
                        "overselling",
                        "limited stock",
                        "limited seats",
                        "seat reservation",
                        "warehouse stock",
                        "stock count"),
                Parts.none()
                        .features(Feature.INVENTORY)
                        .entities(
                                EntitySpec.named("StockItem")
                                        .description("Something of which only a limited quantity exists.")
                                        .fields(
                                                "sku: string(64) required unique",
                                                "name: string(200) required",
                                                "quantity_available: integer required",
                                                "quantity_reserved: integer required"),
                                EntitySpec.named("Reservation")
                                        .description("Units held for one buyer until they pay or the hold expires.")
                                        .owner("@user")
                                        .growth(1)
                                        .fields("quantity: integer required", "expires_at: timestamp required")
                                        .relations("belongs-to StockItem", "belongs-to User as @user")
                                        .states("held", "confirmed", "released", "expired"))
                        .patterns(
                                PatternSpec.of("reserve-stock", "@user", CREATE, "Reservation", 0.5),
                                PatternSpec.of("view-stock", "@user", READ, "StockItem", 5))
                        .risks("Limited stock sells out under contention: reserve with a conditional update"
                                + " (available >= wanted) or a lock per item, expire unconfirmed reservations, and"
                                + " never change quantities outside a transaction."));
    }
}
