package dev.archforge.design.artifact.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapContributorTest {
    private static final String DOC = RoadmapContributor.document(SectionDesigns.withThresholds());

    @Test
    void firstReleaseCountsComponentsStoresAndEndpoints() {
        assertThat(DOC)
                .contains("- **Components:** `accounts` (1 entity), `training` (3 entities) and `progress` (1"
                        + " entity), in a modular monolith.\n")
                .contains("- **Stores:** PostgreSQL and Redis; events through PostgreSQL job queue.\n")
                // 27 since the contract keeps lifecycle actions, batch creates and the GDPR export as endpoints.
                .contains("- **API:** 27 endpoints over 5 entities and 6 access patterns"
                        + " ([api/openapi.yaml](api/openapi.yaml)).\n");
        assertThat(RoadmapContributor.operations(SectionDesigns.withThresholds()))
                .isEqualTo(27);
    }

    @Test
    void phasesFollowWhenGrowthReachesEachThresholdThenSignals() {
        List<String> headings = DOC.lines().filter(l -> l.startsWith("## ")).toList();
        assertThat(headings)
                .containsExactly(
                        "## Phase 1: first release",
                        "## Phase 2: Performance — already past",
                        "## Phase 3: Availability and scaling — at 5 % a month, ~15 months",
                        "## Phase 4: Caching — at 5 % a month, ~39 months",
                        "## Phase 5: Messaging — at 5 % a month, ~95 months",
                        "## Phases on a signal");
        assertThat(DOC)
                .contains("- **Trigger:** peak reads past ~500 req/s; today 77.8 req/s.\n")
                .contains("| Phase 6 | Architecture style ([ADR-0001](adr/0001-architecture-style.md)) | Past ~3"
                        + " independent teams, split the busiest module out. | Option A; Option B. |");
    }
}
