package dev.archforge.design.artifact.diagram;

import dev.archforge.design.artifact.diagram.C4Element.Kind;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Topic;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Derives the {@link C4Model} of a design: who uses it, what it calls, and what it is made of. */
public final class C4Models {
    static final String GATEWAY = "gateway";
    static final String BROKER = "broker";
    static final String IDENTITY_PROVIDER = "identity_provider";
    static final String PAYMENT_PROVIDER = "payment_provider";
    static final String NOTIFICATION_PROVIDER = "notification_provider";

    private C4Models() {}

    public static C4Model of(Design design) {
        Requirements req = design.requirements();
        Architecture arch = design.architecture();
        String system = req.system().name();
        List<C4Element> people = new ArrayList<>();
        List<C4Element> externals = new ArrayList<>();
        for (Actor a : req.actors()) {
            (a.external() ? externals : people)
                    .add(new C4Element(
                            actorId(design, a),
                            a.external() ? Kind.EXTERNAL_SYSTEM : Kind.PERSON,
                            a.name(),
                            a.description(),
                            ""));
        }
        boolean oidc = arch.security().method() == AuthMethod.OIDC_JWT;
        if (oidc) {
            externals.add(new C4Element(
                    IDENTITY_PROVIDER,
                    Kind.EXTERNAL_SYSTEM,
                    "Identity provider",
                    "OpenID Connect provider: sign-in, MFA and signed access tokens",
                    "OIDC"));
        }
        if (req.has(Feature.PAYMENTS)) {
            externals.add(new C4Element(
                    PAYMENT_PROVIDER,
                    Kind.EXTERNAL_SYSTEM,
                    "Payment provider",
                    "Takes card payments; card data never reaches " + system,
                    "HTTPS"));
        }
        if (req.has(Feature.NOTIFICATIONS)) {
            externals.add(new C4Element(
                    NOTIFICATION_PROVIDER,
                    Kind.EXTERNAL_SYSTEM,
                    "Email and push provider",
                    "Delivers email and push notifications",
                    "HTTPS"));
        }
        List<App> apps = Apps.of(design);
        List<C4Element> containers = new ArrayList<>();
        containers.add(new C4Element(
                GATEWAY,
                Kind.CONTAINER,
                "API gateway",
                "TLS termination, rate limits (" + arch.rateLimit().perUserPerMinute()
                        + " requests/min per user, burst " + arch.rateLimit().burst() + ") and routing",
                gatewayTechnology(design)));
        for (App app : apps) {
            containers.add(app.element());
        }
        for (Store s : arch.stores()) {
            containers.add(new C4Element(storeId(s), Kind.DATABASE, s.title(), storeDescription(s), s.image()));
        }
        Optional<Messaging> broker = arch.messaging().filter(m -> m.broker() != Broker.POSTGRES_QUEUE);
        broker.ifPresent(m -> containers.add(new C4Element(
                BROKER, Kind.QUEUE, m.broker().title(), "Carries domain events between components", brokerTech(m))));

        Lines lines = new Lines();
        for (Actor a : req.actors()) {
            String id = actorId(design, a);
            if (a.external()) {
                lines.add(id, GATEWAY, "Calls the API", "HTTPS/JSON");
            } else {
                lines.add(id, GATEWAY, Usage.of(req, a), "HTTPS/JSON");
            }
        }
        if (oidc) {
            for (C4Element p : people) {
                lines.add(p.id(), IDENTITY_PROVIDER, "Signs in", "OIDC");
            }
        }
        if (req.has(Feature.PAYMENTS)) {
            lines.add(PAYMENT_PROVIDER, GATEWAY, "Sends signed payment webhooks", "HTTPS");
        }
        for (App app : apps) {
            lines.add(GATEWAY, app.element().id(), app.routes(), "HTTPS");
        }
        for (App app : apps) {
            for (Store s : arch.stores()) {
                lines.add(app.element().id(), storeId(s), StoreUse.describe(design, s, app), StoreUse.protocol(s));
            }
        }
        broker.ifPresent(m -> topics(m, apps, lines));
        if (oidc) {
            for (App app : apps) {
                lines.add(app.element().id(), IDENTITY_PROVIDER, "Fetches token signing keys (JWKS)", "HTTPS");
            }
        }
        if (req.has(Feature.PAYMENTS)) {
            lines.add(Apps.serving(apps, "payment").element().id(), PAYMENT_PROVIDER, "Creates payments", "HTTPS");
        }
        if (req.has(Feature.NOTIFICATIONS)) {
            lines.add(
                    Apps.serving(apps, "notification").element().id(),
                    NOTIFICATION_PROVIDER,
                    "Sends email and push",
                    "HTTPS");
        }
        return new C4Model(
                Names.snake(system), system, req.system().purpose(), people, externals, containers, lines.list());
    }

    private static void topics(Messaging m, List<App> apps, Lines lines) {
        for (Topic t : m.topics()) {
            lines.add(Apps.of(apps, t.producer()).element().id(), BROKER, "Publishes " + t.name(), brokerTech(m));
            for (String consumer : t.consumers()) {
                lines.add(BROKER, Apps.of(apps, consumer).element().id(), "Delivers " + t.name(), brokerTech(m));
            }
        }
    }

    /**
     * An actor's id: its snake-case name, or {@code actor_<name>} when that would collide with the
     * system, a container or a provider (an actor called {@code api} or {@code gateway}).
     */
    static String actorId(Design design, Actor actor) {
        String id = Names.snake(actor.name());
        Set<String> taken =
                new HashSet<>(Set.of(GATEWAY, BROKER, IDENTITY_PROVIDER, PAYMENT_PROVIDER, NOTIFICATION_PROVIDER));
        taken.add(Names.snake(design.requirements().system().name()));
        Apps.of(design).forEach(app -> taken.add(app.element().id()));
        design.architecture().stores().forEach(s -> taken.add(storeId(s)));
        return taken.contains(id) ? "actor_" + id : id;
    }

    /** The id of a store's container. */
    public static String storeId(Store store) {
        return store.name().toLowerCase(Locale.ROOT);
    }

    private static String storeDescription(Store s) {
        return switch (s) {
            case POSTGRESQL -> "System of record: every entity's table";
            case REDIS -> "Cache and rate-limit counters";
            case OBJECT_STORAGE -> "Uploaded files, served by pre-signed URLs";
            case OPENSEARCH -> "Full-text search index, fed from the system of record";
            case TIMESCALEDB -> "Time-series data with retention policies";
        };
    }

    private static String brokerTech(Messaging m) {
        return m.broker().title();
    }

    private static String gatewayTechnology(Design design) {
        return switch (design.architecture().deployment().platform()) {
            case KUBERNETES -> "Ingress controller";
            case CONTAINERS -> "Load balancer";
            case PAAS -> "Platform router";
            case SERVERLESS -> "Managed API gateway";
        };
    }
}
