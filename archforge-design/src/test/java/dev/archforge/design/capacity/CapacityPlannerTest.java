package dev.archforge.design.capacity;

import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.team;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.Designer;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Quantity;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CapacityPlannerTest {
    private static final CapacityPlan FITNESS = new Designer().design(fitness()).capacity();

    private static void assertQuantity(String id, double value, String unit, String formula) {
        Quantity q = FITNESS.get(id);
        assertThat(q.value()).as(id).isEqualTo(value);
        assertThat(q.unit()).as(id).isEqualTo(unit);
        assertThat(q.formula()).as(id).isEqualTo(formula);
    }

    @Test
    void sectionsInOrder() {
        assertThat(FITNESS.sections())
                .extracting(CapacityPlan.Section::title)
                .containsExactly("Traffic", "Compute", "Database", "Cache", "Storage", "Messaging", "Bandwidth");
    }

    @Test
    void traffic() {
        assertQuantity("traffic.daily-requests", 2_100_000, "req/day", "60,000 DAU × 35 actions");
        assertQuantity("traffic.average-rps", 24.3, "req/s", "60,000 DAU × 35 actions ÷ 86,400 s");
        assertQuantity("traffic.peak-rps", 97.2, "req/s", "24.3 req/s × 4 peak factor");
        assertQuantity("traffic.peak-read-rps", 77.8, "req/s", "97.2 req/s of user traffic at peak × 80 % reads");
        assertQuantity("traffic.peak-write-rps", 19.4, "req/s", "97.2 req/s of user traffic at peak × 20 % writes");
        assertQuantity(
                "traffic.peak-rps-in-12-months", 175, "req/s", "97.2 req/s × 1.8 (5 % monthly growth for 12 months)");
        assertQuantity(
                "traffic.pattern.log-set.peak-rps",
                33.2,
                "req/s",
                "12 per user per day × 60,000 DAU ÷ 86,400 s = 8.3 req/s × 4 peak factor");
    }

    @Test
    void compute() {
        assertQuantity(
                "compute.instance-capacity", 120, "req/s", "2 cores × 100 req/s per core × 60 % target utilization");
        assertQuantity(
                "compute.instances.fittrack",
                2,
                "instances",
                "max(⌈97.2 req/s ÷ 120 req/s⌉ = 1, 2 for 99.9 % availability)");
        assertQuantity("compute.instances", 2, "instances", "one deployable");
        assertQuantity(
                "compute.min-replicas",
                2,
                "instances",
                "max(⌈24.3 average req/s ÷ 120 req/s⌉, 2 for 99.9 % availability)");
        assertQuantity("compute.max-replicas", 4, "instances", "max(2 × 2 minimum, 2 × 1 at peak)");
    }

    @Test
    void database() {
        assertQuantity("database.peak-read-rps", 77.8, "req/s", "77.8 peak reads");
        assertQuantity("database.pool-size", 5, "connections", "2 cores × 2 + 1 effective spindle (HikariCP)");
        assertQuantity("database.connections-at-max", 20, "connections", "1 deployable × 4 replicas × 5 connections");
        assertQuantity("database.read-replicas", 0, "replicas", "⌈77.8 read req/s ÷ 1,000 per node⌉ − 1 primary");
        assertQuantity(
                "database.standbys", 1, "standbys", "one in a second zone for 99.9 % availability (from 99.9 %)");
        assertQuantity("database.connection-budget", 90, "connections", "(100 max_connections − 10 reserved) × 1 node");
        assertQuantity("database.connection-headroom", 70, "connections", "90 budget − 20 at the ceiling");
    }

    @Test
    void cacheStorageMessagingBandwidth() {
        assertQuantity("cache.memory", 0, "MB", "no cache in this design");
        assertQuantity(
                "storage.exercise_sets.rows",
                324_000_000,
                "rows",
                "60,000 DAU × 150 per user per month × 36 months retention");
        assertQuantity("storage.exercise_sets.size", 80.7, "GB", "324,000,000 rows × (149 B row + 100 B in 3 indexes)");
        assertQuantity(
                "storage.plans.rows",
                500_000,
                "rows",
                "500,000 registered users × 1 (no growth or create pattern given)");
        assertQuantity("storage.total", 94.9, "GB", "sum of 5 tables");
        assertQuantity(
                "storage.growth-per-month", 2.6, "GB/month", "Σ rows added per month × bytes per row over 3 tables");
        assertQuantity("storage.provisioned", 142.4, "GB", "94.9 GB × 1.5 for WAL, bloat and free space");
        assertQuantity("messaging.workout-completed.peak-events", 2.8, "events/s", "peak writes to Workout: 2.8");
        assertQuantity("messaging.peak-events", 2.8, "events/s", "2.8");
        assertQuantity("bandwidth.peak-egress", 3.1, "Mbit/s", "97.2 req/s × 4 KB × 8 bit ÷ 1,000");
        assertQuantity("bandwidth.monthly-egress", 251.9, "GB/month", "24.3 req/s × 4 KB × 2,592,000 s ÷ 1,000,000");
    }

    @Test
    void cacheMemoryFromKeysAndValues() {
        CapacityPlan market = new Designer().design(Shapes.marketplace()).capacity();
        assertThat(market.get("cache.product.memory").formula())
                .isEqualTo("48,000 keys × (234 B value + 44 B key + 64 B overhead)");
        assertThat(market.value("cache.product.memory")).isEqualTo(16.4);
        assertThat(market.get("cache.memory").formula()).isEqualTo("(16.4 MB) × 1.5 headroom");
        assertThat(market.value("cache.memory")).isEqualTo(24.6);
        assertThat(market.get("database.peak-read-rps").formula())
                .isEqualTo("4,500 peak reads − 80 % cache hits × 2,494.6 cached req/s − 1,252.7 searches on the search"
                        + " engine");
    }

    @Test
    void microservicesSizeEachService() {
        CapacityPlan saas = new Designer().design(Shapes.saas()).capacity();
        assertThat(saas.get("compute.instances.projects").formula())
                .isEqualTo("max(⌈166.8 req/s × 100 % of pattern traffic ÷ 120 req/s⌉ = 2, 3 for 99.95 % availability)");
        assertThat(saas.get("compute.instances").formula()).isEqualTo("3 + 3 + 3 + 3");
        assertThat(saas.value("compute.instances")).isEqualTo(12);
        assertThat(saas.get("database.connections-at-max").formula())
                .isEqualTo("4 deployables × 6 replicas × 5 connections");
    }

    @Test
    void microservicesScaleEachServiceOnItsOwnTraffic() {
        CapacityPlan chat = new Designer().design(team(Shapes.chat(), 16, 4)).capacity();
        assertThat(chat.value("compute.min-replicas.accounts")).isEqualTo(2);
        assertThat(chat.get("compute.min-replicas.accounts").formula())
                .isEqualTo("max(⌈0 average req/s ÷ 120 req/s⌉, 2 for 99.9 % availability)");
        assertThat(chat.value("compute.max-replicas.accounts")).isEqualTo(4);
        assertThat(chat.value("compute.min-replicas.conversations")).isEqualTo(3);
        assertThat(chat.get("compute.min-replicas.conversations").formula())
                .isEqualTo("max(⌈347.2 average req/s ÷ 120 req/s⌉, 2 for 99.9 % availability)");
        assertThat(chat.value("compute.max-replicas.conversations")).isEqualTo(18);
        assertThat(chat.get("compute.max-replicas.conversations").formula())
                .isEqualTo("max(2 × 3 minimum, 2 × 9 at peak)");
        assertThat(chat.value("compute.min-replicas.notifications")).isEqualTo(2);
        assertThat(chat.value("compute.max-replicas.notifications")).isEqualTo(4);
        assertThat(chat.value("compute.min-replicas")).isEqualTo(7);
        assertThat(chat.get("compute.min-replicas").formula()).isEqualTo("2 + 3 + 2");
        assertThat(chat.value("compute.max-replicas")).isEqualTo(26);
        assertThat(chat.get("compute.max-replicas").formula()).isEqualTo("4 + 18 + 4");
        assertThat(chat.value("database.connections-at-max")).isEqualTo(130);
        assertThat(chat.get("database.connections-at-max").formula())
                .isEqualTo("(4 + 18 + 4) replicas at the ceilings × 5 connections");
        assertThat(chat.value("database.connection-headroom")).isEqualTo(-40);
    }

    static Stream<Requirements> shapes() {
        return Stream.of(
                fitness(),
                Shapes.internalTool(),
                Shapes.marketplace(),
                Shapes.telemetry(),
                Shapes.chat(),
                Shapes.saas());
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void stableIdsArePresentAndUnique(Requirements requirements) {
        CapacityPlan plan = new Designer().design(requirements).capacity();
        List<String> ids = plan.sections().stream()
                .flatMap(s -> s.quantities().stream())
                .map(Quantity::id)
                .toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9_-]+(\\.[a-z0-9_-]+)+"));
        assertThat(ids)
                .contains(
                        "traffic.average-rps",
                        "traffic.peak-rps",
                        "compute.instances",
                        "compute.min-replicas",
                        "compute.max-replicas",
                        "database.pool-size",
                        "database.connections-at-max",
                        "database.connection-budget",
                        "database.read-replicas",
                        "cache.memory",
                        "storage.total",
                        "storage.provisioned",
                        "messaging.peak-events",
                        "bandwidth.peak-egress");
    }
}
