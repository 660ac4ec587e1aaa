package dev.archforge.design.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.Designer;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.requirements.RequirementsLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The specialised decisions of each example file, in presentation order: each appears where the
 * example's workload calls for it and nowhere else, so a small design is not padded.
 */
class SpecialisedDecisionsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fitness       | analytics-pipeline, http-caching, notifications, regions",
                "internal-tool | ''",
                "marketplace   | api-consumers, search, file-storage, inventory, http-caching, notifications, workflows,"
                        + " load-shedding, regions, service-identity",
                "telemetry     | api-consumers, time-series, analytics-pipeline, notifications, regions,"
                        + " service-identity",
                // chat: 90,000 open connections make a reconnect storm after an outage an overload to plan for
                "chat          | api-consumers, search, file-storage, http-caching, realtime-delivery, notifications,"
                        + " load-shedding, regions, service-identity",
                // b2b-saas: every read is filtered to one tenant, so a shared HTTP cache has nothing to serve
                "b2b-saas      | api-consumers, tenancy, search, file-storage, analytics-pipeline,"
                        + " notifications, regions, service-identity"
            })
    void eachExampleGetsTheSpecialisedDecisionsItsWorkloadCallsFor(String example, String expected) {
        Path root = Path.of(System.getProperty("archforge.root", ".."));
        List<String> ids = new Designer()
                        .design(new RequirementsLoader().load(root.resolve("examples/design/" + example + ".yaml")))
                        .decisions()
                        .stream()
                        .map(Decision::id)
                        .filter(id -> !DecisionRulesTest.CORE.contains(id))
                        .toList();
        assertThat(ids)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(",\\s*")));
    }
}
