package dev.archforge.design.init;

import java.util.Set;

/**
 * The small English lexicon {@code init} reads briefs with: who acts (people and devices), the
 * records a brief may name (files, media, positions) and singular forms; the verbs are in {@link
 * Verbs}, the words that shape a noun phrase in {@link PhraseWords}. A
 * general-purpose part-of-speech tagger was tried and rejected: it reads "riders request trips" and
 * "patients book appointments" as three nouns, and takes longer to load than init takes to run.
 */
final class Words {
    /** People a system serves or employs, singular. */
    static final Set<String> PEOPLE = Set.of(
            "user",
            "customer",
            "member",
            "client",
            "driver",
            "rider",
            "passenger",
            "courier",
            "patient",
            "doctor",
            "nurse",
            "clinician",
            "physician",
            "dentist",
            "therapist",
            "student",
            "teacher",
            "tutor",
            "parent",
            "seller",
            "buyer",
            "vendor",
            "merchant",
            "host",
            "guest",
            "employee",
            "agent",
            "operator",
            "manager",
            "technician",
            "worker",
            "freelancer",
            "player",
            "viewer",
            "listener",
            "reader",
            "author",
            "writer",
            "creator",
            "subscriber",
            "visitor",
            "shopper",
            "traveler",
            "traveller",
            "owner",
            "renter",
            "landlord",
            "candidate",
            "recruiter",
            "volunteer",
            "donor",
            "fan",
            "athlete",
            "coach",
            "trainer",
            "instructor",
            "learner",
            "citizen",
            "resident",
            "farmer",
            "supplier",
            "dispatcher",
            "mechanic",
            "pharmacist",
            "lawyer",
            "accountant",
            "investor",
            "trader",
            "borrower",
            "lender",
            "reviewer",
            "moderator",
            "editor",
            "advertiser",
            "organizer",
            "organiser",
            "attendee",
            "participant",
            "shipper",
            "carrier",
            "inspector",
            "auditor",
            "caregiver",
            "gardener",
            "artist",
            "musician",
            "photographer",
            "homeowner",
            "tenant",
            "contractor",
            "cleaner",
            "chef",
            "diner",
            "restaurant",
            "store",
            "shop",
            "admin",
            "administrator",
            "staff",
            "delivery person",
            "person");
    /** Machines that call the API on their own, singular. */
    static final Set<String> DEVICES = Set.of(
            "device",
            "sensor",
            "vehicle",
            "meter",
            "tracker",
            "gateway",
            "camera",
            "machine",
            "robot",
            "drone",
            "scooter",
            "truck",
            "car",
            "bike",
            "thermostat",
            "beacon",
            "terminal",
            "kiosk",
            "wearable",
            "charger",
            "controller",
            "appliance",
            "turbine",
            "pump",
            "lock",
            "bus",
            "train",
            "ship",
            "plane",
            "satellite");
    /** Counted people who are the system's users in general rather than a role of their own. */
    static final Set<String> GENERIC_USERS =
            Set.of("user", "customer", "member", "account", "subscriber", "visitor", "person", "client", "player");
    /** Organisations that a multi-tenant product counts as customers. */
    static final Set<String> TENANTS = Set.of(
            "tenant",
            "organization",
            "organisation",
            "company",
            "business",
            "clinic",
            "school",
            "hospital",
            "customer organization",
            "customer organisation",
            "enterprise",
            "firm",
            "agency",
            "practice");

    /** Files a brief may name, as the entity of the uploads capability. */
    static final Set<String> FILES =
            Set.of("photo", "image", "picture", "file", "document", "attachment", "scan", "pdf");
    /** Media a brief may name, as the entity of the media capability. */
    static final Set<String> MEDIA = Set.of("video", "audio", "podcast", "song", "track", "episode", "clip", "movie");

    /** Words that say where a thing is, for location pings. */
    static final Set<String> POSITIONS = Set.of("location", "position", "gps", "coordinate", "whereabouts", "ping");

    private Words() {}

    /** The singular of a lower-case noun: {@code trips} → {@code trip}, {@code boxes} → {@code box}. */
    static String singular(String word) {
        if (word.length() < 4
                || !word.endsWith("s")
                || word.endsWith("ss")
                || word.endsWith("us")
                || word.endsWith("is")
                || Set.of("news", "series", "species", "gps", "sms", "aws", "ios")
                        .contains(word)) {
            return word.equals("people") ? "person" : word;
        }
        if (word.endsWith("ies")
                && !Set.of("movies", "cookies", "calories", "zombies").contains(word)) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")
                || word.endsWith("shes")
                || word.endsWith("ches")
                || word.endsWith("xes")
                || word.endsWith("zzes")
                || word.endsWith("uses")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    /** True when {@code singular} is a person or a device that can act on the system. */
    static boolean actor(String singular) {
        return PEOPLE.contains(singular) || DEVICES.contains(singular);
    }
}
