package dev.archforge.design.decision;

import static dev.archforge.design.testing.Parts.pattern;
import static dev.archforge.design.testing.Variants.fitness;
import static dev.archforge.design.testing.Variants.patterns;
import static dev.archforge.design.testing.Variants.plusFeatures;
import static dev.archforge.design.testing.Variants.plusPatterns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Store;
import dev.archforge.design.requirements.AccessPattern.Operation;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.testing.Shapes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataStoresRuleTest {
    @Test
    void relationalEntitiesGetOnePostgresql() {
        Decision d = Decide.decision(fitness(), "data-stores");
        assertThat(d.choice()).isEqualTo("PostgreSQL for all 5 entities");
        assertThat(d.drivers()).containsExactly("entities = 5");
        assertThat(Decide.architecture(fitness()).stores()).containsExactly(Store.POSTGRESQL);
    }

    @Test
    void writeHeavyReadingsGetTimescaleFromOneHundredWritesPerSecond() {
        Decision d = Decide.decision(Shapes.telemetry(), "data-stores");
        assertThat(d.choice())
                .isEqualTo("TimescaleDB (PostgreSQL with hypertables) for Reading and the relational" + " entities");
        assertThat(d.rationale()).contains("written at 3,000 rows/s at peak");
        assertThat(Decide.architecture(Shapes.telemetry()).stores()).containsExactly(Store.TIMESCALEDB);
        assertThat(Decide.architecture(ingest(66)).stores()).containsExactly(Store.POSTGRESQL);
        assertThat(Decide.architecture(ingest(67)).stores()).containsExactly(Store.TIMESCALEDB);
    }

    /** Telemetry with readings at {@code perSecond} on average, 1.5× at peak. */
    private static Requirements ingest(double perSecond) {
        Requirements t = Shapes.telemetry();
        return patterns(
                t,
                List.of(pattern(
                        "ingest-reading", Operation.CREATE, "Reading", List.of(), Optional.empty(), 0, perSecond)));
    }

    @Test
    void searchStaysInPostgresqlUntilScale() {
        Requirements small = plusPatterns(
                plusFeatures(fitness(), Feature.SEARCH),
                pattern("search-plans", Operation.SEARCH, "Plan", List.of("title"), Optional.empty(), 1, 0));
        assertThat(Decide.choice(small, "data-stores"))
                .isEqualTo("PostgreSQL for all 5 entities; PostgreSQL full-text search (tsvector with GIN indexes)");
        assertThat(Decide.architecture(Shapes.marketplace()).stores())
                .containsExactly(Store.POSTGRESQL, Store.OPENSEARCH, Store.REDIS);
        assertThat(Decide.choice(Shapes.marketplace(), "data-stores"))
                .isEqualTo("PostgreSQL for all 4 entities; OpenSearch for search, fed from PostgreSQL through events");
    }

    @Test
    void uploadsGoToObjectStorage() {
        Requirements r = plusFeatures(fitness(), Feature.UPLOADS);
        assertThat(Decide.choice(r, "data-stores")).isEqualTo("PostgreSQL for all 5 entities; Amazon S3 for uploads");
        assertThat(Decide.architecture(r).stores()).containsExactly(Store.POSTGRESQL, Store.OBJECT_STORAGE);
    }
}
