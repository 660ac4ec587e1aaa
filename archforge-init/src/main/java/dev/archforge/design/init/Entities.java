package dev.archforge.design.init;

import dev.archforge.design.plan.Names;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the entity of a draft a noun of the brief speaks of: by name ("trip" → {@code Trip}), through a
 * few synonyms ("pings" → {@code DriverLocation}, "rides" → {@code Trip}), or as a word of a longer name
 * ("audit" → {@code AuditEntry}).
 */
final class Entities {
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("ping", List.of("Location", "Position", "Reading")),
            Map.entry("location", List.of("Location", "Position")),
            Map.entry("position", List.of("Location", "Position")),
            Map.entry("gps", List.of("Location", "Position")),
            Map.entry("coordinate", List.of("Location", "Position")),
            Map.entry("reading", List.of("Reading", "Measurement")),
            Map.entry("measurement", List.of("Reading", "Measurement")),
            Map.entry("metric", List.of("Reading", "Measurement")),
            Map.entry("sample", List.of("Reading", "Measurement")),
            Map.entry("heartbeat", List.of("Reading", "Location")),
            Map.entry("ride", List.of("Trip", "Ride", "Booking")),
            Map.entry("journey", List.of("Trip", "Ride")),
            Map.entry("trip", List.of("Trip", "Ride")),
            Map.entry("appointment", List.of("Appointment", "Booking")),
            Map.entry("reservation", List.of("Reservation", "Booking")),
            Map.entry("purchase", List.of("Order", "Payment")),
            Map.entry("transaction", List.of("Payment", "Posting", "Order")),
            Map.entry("transfer", List.of("Posting", "Payment")),
            Map.entry("photo", List.of("Attachment", "MediaAsset", "Photo")),
            Map.entry("clip", List.of("MediaAsset", "Attachment")),
            Map.entry("audio", List.of("MediaAsset", "Attachment")),
            Map.entry("podcast", List.of("MediaAsset")),
            Map.entry("episode", List.of("MediaAsset")),
            Map.entry("image", List.of("Attachment", "MediaAsset")),
            Map.entry("picture", List.of("Attachment", "MediaAsset")),
            Map.entry("video", List.of("MediaAsset", "Attachment")),
            Map.entry("file", List.of("Attachment", "MediaAsset")),
            Map.entry("upload", List.of("Attachment", "MediaAsset")),
            Map.entry("document", List.of("Attachment", "Document")),
            Map.entry("chat", List.of("Message")),
            Map.entry("log", List.of("AuditEntry", "Entry")),
            Map.entry("ticket", List.of("Ticket", "Request")),
            Map.entry("listing", List.of("Listing", "Product")),
            Map.entry("product", List.of("Product", "Listing", "StockItem")),
            Map.entry("item", List.of("Item", "Listing", "StockItem")));

    private Entities() {}

    /** The entity among {@code names} that {@code noun} (singular, lower-case) speaks of. */
    static Optional<String> match(String noun, Collection<String> names) {
        if (noun.isEmpty()) {
            return Optional.empty();
        }
        String exact = Names.pascal(noun);
        if (names.contains(exact)) {
            return Optional.of(exact);
        }
        for (String suffix : SYNONYMS.getOrDefault(noun, List.of())) {
            Optional<String> found = names.stream()
                    .filter(n -> n.equals(suffix) || n.endsWith(suffix))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return names.stream()
                .filter(n -> List.of(Names.snake(n).split("_")).contains(noun))
                .findFirst();
    }
}
