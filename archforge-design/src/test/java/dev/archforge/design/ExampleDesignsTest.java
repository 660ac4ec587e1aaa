package dev.archforge.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.AuthMethod;
import dev.archforge.design.plan.Broker;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Messaging;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Replicas;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Style;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.requirements.RequirementsLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The six example requirement files of the repository, designed: their decisions differ where their
 * requirements differ, and small systems get small designs.
 */
class ExampleDesignsTest {
    private static Design design(String name) {
        Path root = Path.of(System.getProperty("archforge.root", ".."));
        return new Designer().design(new RequirementsLoader().load(root.resolve("examples/design/" + name + ".yaml")));
    }

    private static Optional<Broker> broker(Architecture a) {
        return a.messaging().map(Messaging::broker);
    }

    @Test
    void theFitnessAppIsAModularMonolithOnContainers() {
        Design d = design("fitness");
        Architecture a = d.architecture();
        assertThat(a.style()).isEqualTo(Style.MODULAR_MONOLITH);
        assertThat(a.deployment().platform()).isEqualTo(Platform.CONTAINERS);
        assertThat(a.stores()).containsExactly(Store.POSTGRESQL);
        assertThat(broker(a)).contains(Broker.POSTGRES_QUEUE);
        assertThat(a.cache()).isEmpty();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void theInternalToolGetsNoKafkaNoKubernetesNoRedisNoServices() {
        Design d = design("internal-tool");
        Architecture a = d.architecture();
        assertThat(a.style()).isEqualTo(Style.MONOLITH);
        assertThat(a.deployment().platform()).isEqualTo(Platform.PAAS);
        assertThat(a.deployment().replicas()).extracting(Replicas::min).containsExactly(1);
        assertThat(a.stores()).containsExactly(Store.POSTGRESQL);
        assertThat(a.messaging()).isEmpty();
        assertThat(a.security().method()).isEqualTo(AuthMethod.SESSION_COOKIE);
        assertThat(d.warnings()).isEmpty();
        assertThat(d.questions())
                .extracting(q -> q.key())
                .containsExactly("constraints.data-residency", "constraints.regions", "events");
    }

    @Test
    void theFlashSaleMarketplaceCachesSearchesAndStreams() {
        Architecture a = design("marketplace").architecture();
        assertThat(a.style()).isEqualTo(Style.MODULAR_MONOLITH);
        assertThat(a.deployment().platform()).isEqualTo(Platform.KUBERNETES);
        assertThat(a.stores()).containsExactly(Store.POSTGRESQL, Store.OPENSEARCH, Store.OBJECT_STORAGE, Store.REDIS);
        assertThat(broker(a)).contains(Broker.KAFKA);
        assertThat(a.cache()).hasSize(3);
        assertThat(a.components())
                .extracting(c -> c.name())
                .containsExactly(
                        "accounts", "categories", "products", "flash-sales", "orders", "payments", "notifications");
    }

    @Test
    void telemetryWritesTimeSeriesIntoTimescale() {
        Design d = design("telemetry");
        Architecture a = d.architecture();
        assertThat(a.stores()).containsExactly(Store.TIMESCALEDB);
        assertThat(broker(a)).contains(Broker.RABBITMQ);
        assertThat(a.deployment().platform()).isEqualTo(Platform.CONTAINERS);
        assertThat(d.decision("consistency").choice()).contains("natural-key deduplication for Reading");
    }

    @Test
    void chatIsRealtimeMicroservices() {
        Design d = design("chat");
        Architecture a = d.architecture();
        assertThat(a.style()).isEqualTo(Style.MICROSERVICES);
        assertThat(a.uses(Store.REDIS)).isTrue();
        assertThat(broker(a)).contains(Broker.KAFKA);
        assertThat(d.decision("api-style").choice()).contains("a WebSocket channel for Channel and Message");
        assertThat(a.deployment().replicas())
                .containsExactly(
                        new Replicas("accounts", 3, 6),
                        new Replicas("messages", 25, 150),
                        new Replicas("notifications", 3, 6));
        assertThat(d.decision("availability-scaling").choice())
                .startsWith("accounts 3–6, messages 25–150, notifications 3–6 replicas across 3 zones in 1 region");
        assertThat(d.capacity().value("database.connections-at-max")).isEqualTo(810);
    }

    @Test
    void theSaasIsolatesTenantsAndWarnsAboutAUsRegion() {
        Design d = design("b2b-saas");
        Architecture a = d.architecture();
        assertThat(a.style()).isEqualTo(Style.MICROSERVICES);
        assertThat(a.security().tenantIsolation()).isTrue();
        assertThat(a.indexes())
                .filteredOn(i ->
                        !i.reason().startsWith("foreign key") && !i.reason().startsWith("one-to-one"))
                .isNotEmpty()
                .allMatch(i -> i.columns().get(0).equals("tenant_id"));
        assertThat(broker(a)).contains(Broker.RABBITMQ);
        assertThat(d.warnings()).extracting(Warning::id).contains("residency-region");
    }
}
