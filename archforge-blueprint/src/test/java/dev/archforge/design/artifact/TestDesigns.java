package dev.archforge.design.artifact;

import dev.archforge.design.plan.Alternative;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Style;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.SampleDesigns;
import dev.archforge.design.testing.Variants;
import dev.archforge.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The designs the artifact tests run on: the hand-built fitness design, and a variant that takes
 * the other branches (microservices on Kubernetes with Kafka, OpenSearch, payments, tenant isolation,
 * several decisions and a warning).
 */
final class TestDesigns {
    private TestDesigns() {}

    static Map<String, Design> all() {
        return Map.of("fitness", SampleDesigns.fitness(), "fitness-k8s", kubernetesMicroservices());
    }

    static Design kubernetesMicroservices() {
        Design base = SampleDesigns.fitness();
        Requirements r = base.requirements();
        Requirements requirements =
                Variants.assumptions(Variants.plusFeatures(r, Feature.PAYMENTS), "scale.peak-factor", "team.teams");
        Architecture a = base.architecture();
        Messaging messaging =
                new Messaging(Broker.KAFKA, a.messaging().orElseThrow().topics(), true);
        Architecture architecture = new Architecture(
                Style.MICROSERVICES,
                a.components(),
                List.of(Store.POSTGRESQL, Store.REDIS, Store.OPENSEARCH),
                Optional.of(messaging),
                new dev.archforge.design.plan.Security(
                        a.security().method(), 10, 14, a.security().roles(), true, true, true),
                a.indexes(),
                a.cache(),
                a.rateLimit(),
                new Deployment(
                        Platform.KUBERNETES,
                        List.of(
                                new Replicas("accounts", 3, 6),
                                new Replicas("training", 3, 12),
                                new Replicas("progress", 3, 6)),
                        3,
                        2),
                a.recovery());
        List<Decision> decisions = new ArrayList<>(base.decisions());
        decisions.add(new Decision(
                "authentication",
                Area.AUTHENTICATION,
                "Authentication (OIDC) & tokens",
                "OIDC with short-lived JWTs",
                "Members sign in from mobile apps | the provider handles MFA.",
                List.of("features = auth"),
                List.of(new Alternative("Sessions", "Mobile clients handle cookies poorly.")),
                List.of("A dependency on the provider's availability."),
                "If a provider outage costs more than the error budget, add a second provider."));
        return new Design(
                requirements,
                decisions,
                architecture,
                base.capacity(),
                List.of(new Warning(
                        "availability-single-region",
                        Location.at(r.file(), 120, 3),
                        "Availability 99.9 % with data in one region only")),
                base.questions());
    }
}
