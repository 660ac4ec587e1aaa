package dev.archforge.design.artifact.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.archforge.design.artifact.TestDesignsAccess;
import dev.archforge.design.plan.Design;
import dev.archforge.design.testing.Variants;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FailureModesContributorTest {
    @Test
    void listsOnlyTheDependenciesTheDesignHas() {
        assertThat(FailureModes.of(DocDesigns.fitness()))
                .extracting(FailureMode::dependency)
                .containsExactly(
                        "Application instances",
                        "Availability zone",
                        "Region",
                        "PostgreSQL primary",
                        "PostgreSQL standby",
                        "PostgreSQL read replicas",
                        "PgBouncer",
                        "Redis",
                        "PostgreSQL job queue",
                        "Identity provider",
                        "Push and e-mail providers");
        assertThat(FailureModes.of(TestDesignsAccess.kubernetesMicroservices()))
                .extracting(FailureMode::dependency)
                .containsExactly(
                        "Application instances",
                        "Availability zone",
                        "Region",
                        "PostgreSQL primary",
                        "PostgreSQL standby",
                        "Redis",
                        "OpenSearch",
                        "Apache Kafka",
                        "Identity provider",
                        "Payment provider",
                        "Push and e-mail providers");
    }

    @Test
    void blastRadiusNamesTheAccessPatternsAndComponents() {
        String doc = FailureModesContributor.document(DocDesigns.fitness());
        assertThat(doc)
                .contains("- **Blast radius:** Every write: 2 access patterns (`log-workout`, `log-set`) of training,"
                        + " with the outbox; reads continue on the 1 read replica.\n")
                .contains("- **Blast radius:** Reads routed to it: 4 access patterns (`list-my-workouts`,"
                        + " `list-workout-sets`, `view-progress`, `browse-plans`) of training and progress; the primary"
                        + " alone serves 1,000 of the 1,600 reads/s at peak.\n")
                .contains("- **Blast radius:** The replicas in that zone, about 1 in 2 (1 of the 2 minimum replicas);"
                        + " if the database primary is there, writes pause until failover.\n")
                .contains("- **Blast radius:** Cached reads of published plans go to the database instead.\n")
                .contains("- **Blast radius:** New sign-ins and refreshes of member, coach and admin; signed-in"
                        + " callers keep working until their access token expires (up to 15 minutes).\n");
    }

    @Test
    void detectionUsesTheAlertsOfOperationsAndMitigationTheObjectives() {
        String doc = FailureModesContributor.document(DocDesigns.fitness());
        assertThat(doc)
                .contains("- **Detection:** Readiness probes fail on every instance (`/health/ready`); the *Fast burn"
                        + " (14.4×)* alert, the *Database connections* alert and the *Database storage* alert.\n")
                .contains("- **Mitigation:** Automatic failover to the synchronous standby in another zone, up to 5"
                        + " minutes: within the 60-minute RTO, with no committed write lost.\n")
                .contains(
                        "- **Mitigation:** Restore in a second region from the backups ([operations.md](operations.md)"
                                + " runbook): up to 15 minutes of data lost (RPO), serving again within the 60-minute RTO once"
                                + " the restore is rehearsed.\n");
        for (String line :
                doc.lines().filter(l -> l.startsWith("- **Detection:**")).toList()) {
            for (String alert : line.split("\\*")) {
                if (line.contains("*" + alert + "* alert") && !alert.isBlank()) {
                    assertThat(Alerts.named(DocDesigns.fitness(), alert))
                            .as(line)
                            .isPresent();
                }
            }
        }
    }

    @Test
    void aShortRtoIsBeyondFailoverAndNoStandbyMeansARestore() {
        Design tight = DocDesigns.withRequirements(
                DocDesigns.fitness(), Variants.recovery(DocDesigns.fitness().requirements(), 15, 3));
        assertThat(FailureModesContributor.document(tight))
                .contains("- **Mitigation:** Automatic failover to the synchronous standby in another zone, up to 5"
                        + " minutes: beyond the 3-minute RTO, with no committed write lost.\n");
        Design single = DocDesigns.fitnessWith(Map.of("database.standbys", 0.0, "database.read-replicas", 0.0));
        assertThat(FailureModes.of(single))
                .extracting(FailureMode::dependency)
                .doesNotContain("PostgreSQL standby", "PostgreSQL read replicas");
        assertThat(FailureModesContributor.document(single))
                .contains("- **Mitigation:** No standby: restore in a new instance from the backups"
                        + " ([operations.md](operations.md) runbook): up to 15 minutes of data lost (RPO), serving"
                        + " again within the 60-minute RTO once the restore is rehearsed.\n")
                .contains("with the outbox. Every read too: 4 access patterns");
    }
}
