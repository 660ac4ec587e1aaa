package dev.archforge.design.testing;

import static dev.archforge.design.testing.Parts.actor;
import static dev.archforge.design.testing.Parts.belongsTo;
import static dev.archforge.design.testing.Parts.entity;
import static dev.archforge.design.testing.Parts.event;
import static dev.archforge.design.testing.Parts.field;
import static dev.archforge.design.testing.Parts.pattern;
import static dev.archforge.design.testing.Parts.required;
import static dev.archforge.design.testing.Parts.unique;

import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.FieldType;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Scale;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Requirements of differently shaped systems, built from the fitness example, until the example
 * files of the requirements loader exist: a small internal tool, a flash-sale marketplace, a
 * telemetry system, a realtime chat and a multi-tenant B2B SaaS.
 */
public final class Shapes {
    private Shapes() {}

    private static Entity account() {
        return new Entity(
                "User",
                "",
                List.of(unique("email", FieldType.EMAIL)),
                List.of(),
                Optional.empty(),
                List.of(),
                false,
                true,
                0,
                dev.archforge.model.Location.at("shape.yaml", 1, 1));
    }

    /** 40 employees, a team of 2, 99.5 %: the smallest sensible design. */
    public static Requirements internalTool() {
        Requirements r = Variants.fitness();
        Entity ticket = entity(
                "Ticket",
                List.of(field("title", FieldType.STRING), field("body", FieldType.TEXT)),
                List.of(belongsTo("User", "requester", false)),
                Optional.of("requester"),
                2);
        r = Variants.entities(r, List.of(account(), ticket));
        r = Variants.actors(r, List.of(actor("employee", false, false), actor("admin", true, false)));
        r = Variants.patterns(
                r,
                List.of(
                        pattern(
                                "list-my-tickets",
                                Operation.LIST,
                                "Ticket",
                                List.of("requester"),
                                Optional.of("created_at"),
                                5,
                                0),
                        pattern("open-ticket", Operation.CREATE, "Ticket", List.of(), Optional.empty(), 1, 0)));
        r = Variants.events(r, List.of());
        r = Variants.features(r, Feature.AUTH);
        r = Variants.scale(r, new Scale(40, 40, 20, 3, OptionalDouble.empty(), 80, 2, 0, 24));
        r = Variants.team(r, 2, 1);
        return Variants.constraints(
                r,
                new Constraints(
                        OptionalInt.of(300),
                        "cloud",
                        "aws",
                        List.of(),
                        99.5,
                        500,
                        List.of("eu-central-1"),
                        "eu",
                        1440,
                        480));
    }

    /** Product pages and search under a 5,000 req/s flash-sale peak, payments, 3 teams. */
    public static Requirements marketplace() {
        Requirements r = Variants.fitness();
        Entity product = entity(
                "Product",
                List.of(field("title", FieldType.STRING), field("price", FieldType.MONEY)),
                List.of(belongsTo("User", "seller", false)),
                Optional.empty(),
                0.1);
        Entity order = entity(
                "Order",
                List.of(field("total", FieldType.MONEY)),
                List.of(belongsTo("User", "buyer", false)),
                Optional.of("buyer"),
                2);
        Entity payment = entity(
                "Payment",
                List.of(field("amount", FieldType.MONEY)),
                List.of(belongsTo("Order", "order", false)),
                Optional.empty(),
                2);
        r = Variants.entities(r, List.of(account(), product, order, payment));
        r = Variants.actors(
                r, List.of(actor("buyer", false, false), actor("seller", false, false), actor("admin", true, false)));
        r = Variants.patterns(
                r,
                List.of(
                        pattern("view-product", Operation.READ, "Product", List.of(), Optional.empty(), 20, 0),
                        pattern(
                                "search-products",
                                Operation.SEARCH,
                                "Product",
                                List.of("title"),
                                Optional.empty(),
                                10,
                                0),
                        pattern("place-order", Operation.CREATE, "Order", List.of(), Optional.empty(), 0.2, 0)));
        r = Variants.events(r, List.of(event("OrderPlaced", "Order", "payments", "notifications")));
        r = Variants.features(r, Feature.AUTH, Feature.PAYMENTS, Feature.SEARCH, Feature.NOTIFICATIONS);
        r = Variants.scale(r, new Scale(2_000_000, 100_000, 40, 4, OptionalDouble.of(5000), 90, 8, 5, 24));
        r = Variants.team(r, 15, 3);
        return Variants.compliance(Variants.availability(Variants.budget(r, 20_000), 99.95), "gdpr", "pci");
    }

    /** 2,000 readings a second from devices, few operators. */
    public static Requirements telemetry() {
        Requirements r = Variants.fitness();
        Entity device = entity("Device", List.of(unique("serial", FieldType.STRING)), List.of(), Optional.empty(), 0);
        Entity reading = entity(
                "Reading",
                List.of(required("recorded_at", FieldType.TIMESTAMP), field("value", FieldType.DECIMAL)),
                List.of(belongsTo("Device", "device", false)),
                Optional.empty(),
                0);
        r = Variants.entities(r, List.of(account(), device, reading));
        r = Variants.actors(r, List.of(actor("operator", false, false), actor("device", false, true)));
        r = Variants.patterns(
                r,
                List.of(
                        pattern("ingest-reading", Operation.CREATE, "Reading", List.of(), Optional.empty(), 0, 2000),
                        pattern(
                                "device-history",
                                Operation.LIST,
                                "Reading",
                                List.of("device", "recorded_at"),
                                Optional.of("recorded_at"),
                                30,
                                0)));
        r = Variants.events(r, List.of(event("ReadingRecorded", "Reading", "alerts")));
        r = Variants.features(r, Feature.AUTH, Feature.ANALYTICS);
        r = Variants.scale(r, new Scale(200, 50, 30, 1.5, OptionalDouble.empty(), 5, 1, 2, 12));
        return Variants.team(r, 4, 1);
    }

    /** Realtime chat with 200,000 daily actives. */
    public static Requirements chat() {
        Requirements r = Variants.fitness();
        Entity conversation =
                entity("Conversation", List.of(field("title", FieldType.STRING)), List.of(), Optional.empty(), 1);
        Entity message = entity(
                "Message",
                List.of(field("body", FieldType.TEXT)),
                List.of(belongsTo("Conversation", "conversation", false), belongsTo("User", "author", false)),
                Optional.of("author"),
                600);
        r = Variants.entities(r, List.of(account(), conversation, message));
        r = Variants.actors(r, List.of(actor("member", false, false), actor("moderator", true, false)));
        r = Variants.patterns(
                r,
                List.of(
                        pattern("send-message", Operation.CREATE, "Message", List.of(), Optional.empty(), 60, 0),
                        pattern(
                                "conversation-history",
                                Operation.LIST,
                                "Message",
                                List.of("conversation"),
                                Optional.of("created_at"),
                                40,
                                0)));
        r = Variants.events(r, List.of(event("MessageSent", "Message", "notifications")));
        r = Variants.features(r, Feature.AUTH, Feature.REALTIME, Feature.NOTIFICATIONS);
        r = Variants.scale(r, new Scale(1_000_000, 200_000, 150, 3, OptionalDouble.empty(), 70, 2, 5, 12));
        return Variants.team(r, 8, 2);
    }

    /** The entity with a lifecycle: tasks are listed by state. */
    private static Entity withStates(Entity e, String... states) {
        return new Entity(
                e.name(),
                e.description(),
                e.fields(),
                e.relations(),
                e.owner(),
                List.of(states),
                e.softDelete(),
                e.account(),
                e.growthPerUserPerMonth(),
                e.location());
    }

    /** Multi-tenant B2B SaaS: 6 teams, 99.95 %, SOC 2. */
    public static Requirements saas() {
        Requirements r = Variants.fitness();
        Entity organization =
                entity("Organization", List.of(unique("slug", FieldType.STRING)), List.of(), Optional.empty(), 0);
        Entity membership = entity(
                "Membership",
                List.of(field("role", FieldType.STRING)),
                List.of(belongsTo("User", "user", false), belongsTo("Organization", "organization", false)),
                Optional.empty(),
                0);
        Entity project = entity(
                "Project",
                List.of(field("name", FieldType.STRING)),
                List.of(belongsTo("User", "owner", false)),
                Optional.of("owner"),
                1);
        Entity task = withStates(
                entity(
                        "Task",
                        List.of(field("title", FieldType.STRING), field("due", FieldType.DATE)),
                        List.of(belongsTo("Project", "project", false), belongsTo("User", "assignee", true)),
                        Optional.empty(),
                        30),
                "open",
                "done");
        Entity invoice = entity(
                "Invoice",
                List.of(field("amount", FieldType.MONEY)),
                List.of(belongsTo("Organization", "organization", false)),
                Optional.empty(),
                0.05);
        r = Variants.entities(r, List.of(account(), organization, membership, project, task, invoice));
        r = Variants.actors(
                r,
                List.of(
                        actor("member", false, false),
                        actor("org-admin", false, false),
                        actor("admin", true, false),
                        actor("integration", false, true)));
        r = Variants.patterns(
                r,
                List.of(
                        pattern(
                                "list-project-tasks",
                                Operation.LIST,
                                "Task",
                                List.of("project", "state"),
                                Optional.of("due"),
                                30,
                                0),
                        pattern("create-task", Operation.CREATE, "Task", List.of(), Optional.empty(), 5, 0)));
        r = Variants.events(r, List.of(event("TaskCompleted", "Task", "notifications", "analytics")));
        r = Variants.features(
                r, Feature.AUTH, Feature.MULTI_TENANCY, Feature.PAYMENTS, Feature.NOTIFICATIONS, Feature.AUDIT);
        r = Variants.scale(r, new Scale(300_000, 80_000, 60, 3, OptionalDouble.empty(), 85, 6, 4, 60));
        r = Variants.team(r, 40, 6);
        r = Variants.compliance(Variants.availability(Variants.budget(r, 40_000), 99.95), "gdpr", "soc2");
        return r;
    }
}
