package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.SEARCH;

import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Retention;
import java.util.List;

/**
 * Actors that report where they are and others that look for what is near: an append-only position
 * ping per report, identified by who sent it and when, kept for a month. {@code @mover} is the actor
 * that reports positions (the drivers of a ride-hailing brief).
 */
final class LocationCapability {
    /** Raw positions are kept this many months unless the brief says otherwise. */
    static final int RETENTION_MONTHS = 1;

    private LocationCapability() {}

    static Capability capability() {
        return new Capability(
                "location",
                List.of(
                        "gps",
                        "geolocation",
                        "live location",
                        "current location",
                        "their location",
                        "location update",
                        "location ping",
                        "ping",
                        "share location",
                        "nearby",
                        "near me",
                        "geofence",
                        "on a map",
                        "live map",
                        "coordinates",
                        "position update",
                        "vehicle tracking",
                        "fleet tracking"),
                Parts.none()
                        .features(Feature.LOCATION)
                        .entities(EntitySpec.named("@MoverLocation")
                                .description("Where one @mover was at one moment; the bulk of the writes.")
                                .asAppendOnly()
                                .retention(new Retention(RETENTION_MONTHS))
                                .fields(
                                        "recorded_at: timestamp required",
                                        "latitude: decimal required",
                                        "longitude: decimal required",
                                        "accuracy_m: decimal")
                                .relations("belongs-to User as @mover")
                                .naturalKey("@mover", "recorded_at"))
                        .patterns(
                                PatternSpec.of("report-@mover-location", "@mover", CREATE, "@MoverLocation", 2880),
                                PatternSpec.of("find-nearby-@mover", "@user", SEARCH, "@MoverLocation", 5)
                                        .filter("recorded_at"))
                        .risks("Position pings outnumber every other write: keep each mover's latest position in"
                                + " memory (a geo index such as Redis GEO) for nearby searches, write the history in"
                                + " batches to time-partitioned storage, and expire it after the retention."));
    }
}
