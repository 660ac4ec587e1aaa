package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;
import static dev.archforge.design.requirements.AccessPattern.Operation.UPDATE;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/** Booking and scheduling: providers offer slots, customers book them, nobody may double-book. */
final class BookingDomain {
    private BookingDomain() {}

    static Domain domain() {
        return new Domain(
                "booking",
                "Booking or scheduling",
                List.of(
                        "booking",
                        "appointment",
                        "reservation",
                        "reserve",
                        "scheduling",
                        "time slot",
                        "calendar",
                        "salon",
                        "clinic"),
                "booking",
                "customer",
                "Booking",
                Audience.CONSUMER,
                Profile.typical()
                        .dailyActiveUsers(3000)
                        .activeShare(0.1)
                        .actions(20)
                        .peakFactor(5)
                        .readPercent(85)
                        .retentionMonths(36)
                        .budgetPerMonth(800),
                Parts.none()
                        .features(Feature.AUTH, Feature.NOTIFICATIONS)
                        .actors(
                                ActorSpec.of("customer", "People who find open slots and book them."),
                                ActorSpec.of("provider", "Businesses or professionals who offer services and slots."),
                                ActorSpec.admin("Staff who onboard providers and handle disputes."))
                        .entities(
                                Accounts.user(),
                                EntitySpec.named("Service")
                                        .description("What a provider offers, with its duration and price.")
                                        .owner("provider")
                                        .fields(
                                                "name: string(120) required",
                                                "duration_minutes: integer required",
                                                "price: money")
                                        .relations("belongs-to User as provider")
                                        .states("active", "retired"),
                                EntitySpec.named("Slot")
                                        .description("A time a provider can serve one booking.")
                                        .owner("provider")
                                        .growth(20)
                                        .fields("starts_at: timestamp required", "ends_at: timestamp required")
                                        .relations("belongs-to Service", "belongs-to User as provider")
                                        .states("open", "held", "booked"),
                                EntitySpec.named("Booking")
                                        .owner("customer")
                                        .growth(2)
                                        .fields("booked_at: timestamp required", "notes: text")
                                        .relations("belongs-to Slot", "belongs-to User as customer")
                                        .states("requested", "confirmed", "cancelled", "completed", "no_show"))
                        .patterns(
                                PatternSpec.of("find-open-slots", "customer", LIST, "Slot", 10)
                                        .filter("service", "state", "starts_at")
                                        .sort("starts_at"),
                                PatternSpec.of("book-slot", "customer", CREATE, "Booking", 0.3),
                                PatternSpec.of("list-my-bookings", "customer", LIST, "Booking", 2)
                                        .filter("customer", "state")
                                        .sort("booked_at desc"),
                                PatternSpec.of("cancel-booking", "customer", UPDATE, "Booking", 0.1),
                                PatternSpec.of("provider-schedule", "provider", LIST, "Slot", 5)
                                        .filter("provider", "starts_at")
                                        .sort("starts_at"))
                        .events(
                                EventSpec.of("BookingConfirmed", "Booking", "notifications"),
                                EventSpec.of("BookingCancelled", "Booking", "notifications"))
                        .risks(
                                "Two customers can book the same slot at once: claim it with one conditional"
                                        + " update or a unique constraint, never read-then-write.",
                                "Reminders and no-show handling need scheduled jobs that run once per booking.",
                                "Store times in UTC with the provider's time zone; slots across daylight-saving"
                                        + " changes shift otherwise."));
    }
}
