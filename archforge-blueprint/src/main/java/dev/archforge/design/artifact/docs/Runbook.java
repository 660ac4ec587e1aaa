package dev.archforge.design.artifact.docs;

import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Names;
import dev.archforge.design.plan.Recovery;
import dev.archforge.design.requirements.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The backup and disaster-recovery runbook of {@code operations.md}, from the design's {@link Recovery}. */
final class Runbook {
    private Runbook() {}

    static void append(Design design, Markdown md) {
        Recovery r = design.architecture().recovery();
        String tables = design.requirements().entities().stream()
                .map(Entity::name)
                .map(Names::table)
                .map(Markdown::code)
                .collect(Collectors.joining(", "));
        md.heading(2, "Backup and disaster recovery")
                .table(
                        List.of("Item", "Value"),
                        List.of(
                                List.of("Strategy", r.strategy()),
                                List.of("Recovery point objective (RPO)", r.rpoMinutes() + " minutes of data at most"),
                                List.of("Recovery time objective (RTO)", r.rtoMinutes() + " minutes to serve again"),
                                List.of("Backup retention", r.retentionDays() + " days"),
                                List.of("Copies in a second region", r.crossRegion() ? "yes" : "no")));
        List<String> steps = new ArrayList<>();
        steps.add("Declare the incident and name an incident lead; stop writes (scale the deployables to zero or "
                + "switch to maintenance mode).");
        steps.add("Choose the recovery point: the last moment before the fault, at most " + r.rpoMinutes()
                + " minutes back.");
        steps.add("Restore the latest base backup and replay the archived WAL to that point into a new database"
                + (r.crossRegion() ? ", in the second region if the primary region is lost." : "."));
        steps.add("Verify: the schema version in `flyway_schema_history`, row counts of " + tables
                + " against the last known values, and the smoke tests.");
        steps.add("Point the application at the new database (its secret), scale up, and wait for readiness.");
        if (design.architecture().messaging().isPresent()) {
            steps.add(
                    "Publish what the outbox holds unpublished, and replay the dead-letter queues once the cause is fixed.");
        }
        steps.add("Record the achieved recovery point and time against the objectives (RPO " + r.rpoMinutes()
                + " min, RTO " + r.rtoMinutes() + " min) in the incident review.");
        md.heading(3, "Restore").numbered(steps);
        List<String> drills = new ArrayList<>();
        drills.add("Every quarter, restore the production backup to a scratch environment, timed against the "
                + r.rtoMinutes() + "-minute RTO, and run step 4's checks.");
        drills.add("Every month, check that a restore point within the last " + r.rpoMinutes()
                + " minutes exists (the alert covers it daily).");
        if (r.crossRegion()) {
            drills.add("Once a year, rehearse the loss of the primary region from the cross-region copies.");
        }
        md.heading(3, "Drills").bullets(drills);
    }
}
