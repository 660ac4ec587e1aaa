package dev.archforge.design.artifact.docs;

import dev.archforge.design.artifact.deploy.AppRuntime;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.blueprint.Contributor;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Deployment;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Store;
import dev.archforge.design.plan.Topic;
import dev.archforge.design.requirements.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code operations.md}: the SLOs with their error budget, burn-rate and saturation alerts,
 * dashboards, the backup and disaster-recovery runbook, and on-call notes.
 */
public final class OperationsContributor implements Contributor {
    public static final String PATH = "operations.md";
    /** Minutes in the 30-day month error budgets are counted over. */
    static final int MONTH_MINUTES = 30 * 24 * 60;

    @Override
    public void contribute(Design design, Blueprint blueprint) {
        blueprint.add(PATH, document(design));
    }

    /** Minutes of downtime a month the availability objective allows. */
    static double errorBudgetMinutes(double availability) {
        return Math.round((100 - availability) / 100 * MONTH_MINUTES * 100) / 100.0;
    }

    static String document(Design design) {
        Constraints c = design.requirements().constraints();
        double budget = errorBudgetMinutes(c.availability());
        Markdown md = new Markdown()
                .heading(1, "Operations of " + design.requirements().system().name())
                .paragraph("Objectives, alerts, dashboards and the recovery runbook. Decisions: "
                        + SecurityContributor.orNone(
                                AdrFiles.links(design, Area.OBSERVABILITY, Area.AVAILABILITY, Area.RECOVERY))
                        + ".")
                .heading(2, "Service level objectives")
                .table(
                        List.of("Objective", "Target", "Measured as"),
                        List.of(
                                List.of(
                                        "Availability",
                                        Text.number(c.availability()) + " % over 30 days",
                                        "share of requests answered without a 5xx, at the gateway"),
                                List.of(
                                        "Latency",
                                        "p99 ≤ " + c.latencyP99Ms() + " ms",
                                        "server time of successful requests, at the gateway"),
                                List.of(
                                        "Error budget",
                                        Text.number(budget) + " minutes per month",
                                        "(100 % − " + Text.number(c.availability()) + " %) × "
                                                + Text.number(MONTH_MINUTES) + " minutes")))
                .paragraph("While budget remains, ship; when a 30-day window has spent it, freeze feature releases "
                        + "until reliability work brings it back.");
        md.heading(2, "Alerts").table(List.of("Alert", "Condition", "Severity"), Alerts.rows(design));
        md.heading(2, "Dashboards").bullets(dashboards(design));
        Runbook.append(design, md);
        md.heading(2, "On-call notes")
                .bullets(List.of(
                        "Health: " + Markdown.code(AppRuntime.LIVENESS_PATH)
                                + " (process alive; restart if failing) and "
                                + Markdown.code(AppRuntime.READINESS_PATH)
                                + " (dependencies reachable; traffic stops while failing) on port " + AppRuntime.PORT
                                + ".",
                        "Logs are structured JSON with a trace id; start from the failing request's trace.",
                        "First checks: recent deploys (roll back first, investigate after), database connections and "
                                + "slow queries, dependency status pages.",
                        scaling(design.architecture().deployment()),
                        "Every page gets a short review: what happened, budget spent, what changes."));
        return md.toString();
    }

    private static List<String> dashboards(Design design) {
        List<String> boards = new ArrayList<>();
        boards.add("Service: request rate, error rate and p50/p99 latency per endpoint (RED), SLO budget remaining.");
        boards.add("Resources: CPU, memory, replicas against the autoscaling bounds, restarts.");
        boards.add("Database: connections in use against the pool budget, slow queries, locks, storage and growth"
                + (design.architecture().uses(Store.POSTGRESQL) ? ", WAL archiving and backup age." : "."));
        if (design.architecture().uses(Store.REDIS)) {
            boards.add("Cache: hit ratio per key pattern, memory, evictions.");
        }
        design.architecture().messaging().ifPresent(m -> {
            List<String> dlqs = m.topics().stream().map(Topic::deadLetter).toList();
            boards.add("Messaging: publish and consume rates, consumer lag, dead-letter depth ("
                    + String.join(", ", dlqs) + ")" + (m.outbox() ? ", outbox backlog." : "."));
        });
        return boards;
    }

    private static String scaling(Deployment d) {
        String kept = d.uniform()
                ? d.replicas().get(0).min() + " to " + d.replicas().get(0).max()
                : d.ranges();
        return "Capacity: autoscaling keeps " + kept + " replicas across "
                + d.zones()
                + (d.zones() == 1 ? " zone" : " zones") + "; at the maximum, raise it only after checking the "
                + "database's connection budget (capacity.md).";
    }
}
