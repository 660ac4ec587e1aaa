package dev.archforge.design.decision;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Style;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.RequirementKey;

/**
 * What the operators see: health probes, structured logs with trace ids, RED metrics, OpenTelemetry
 * traces, and SLOs from the availability and latency targets with multi-window burn-rate alerts, on a
 * stack that matches the hosting.
 */
@DecisionInfo(
        id = "observability",
        area = Area.OBSERVABILITY,
        title = "Observability",
        reads = {
            RequirementKey.AVAILABILITY,
            RequirementKey.LATENCY,
            RequirementKey.HOSTING,
            RequirementKey.CLOUD,
            RequirementKey.TEAMS,
            RequirementKey.DAILY_ACTIVE_USERS,
            RequirementKey.ACTIONS_PER_USER,
            RequirementKey.PEAK_FACTOR,
            RequirementKey.PEAK_RPS
        })
public final class ObservabilityRule implements DecisionRule {
    /** Peak requests per second above which traces are sampled rather than all kept. */
    static final double FULL_TRACING_RPS = 100;

    @Override
    public Choice decide(DesignContext context) {
        Constraints c = context.constraints();
        Load load = context.load();
        Style style = context.parts().style();
        boolean onPremises = "on-premises".equals(c.hosting());
        String stack = onPremises
                ? "Prometheus, Grafana, Loki and Tempo"
                : "aws".equals(c.cloud()) && context.team().teams() < 3
                        ? "CloudWatch and X-Ray through the OpenTelemetry collector"
                        : "Grafana Cloud (or the cloud's managed Prometheus and tracing)";
        double budget = Numbers.round((100 - c.availability()) / 100 * 30 * 24 * 60);
        boolean sampled = load.peakRps() > FULL_TRACING_RPS;
        Choice choice = Choice.of("Liveness and readiness probes, JSON logs with trace ids, RED metrics and"
                        + " OpenTelemetry traces" + (sampled ? " (10 % sampled, errors always kept)" : "")
                        + " in " + stack + "; SLOs " + Numbers.percent(c.availability()) + " availability and p99 < "
                        + Numbers.format(c.latencyP99Ms()) + " ms with burn-rate alerts")
                .driver(RequirementKey.AVAILABILITY, c.availability())
                .driver(RequirementKey.LATENCY, c.latencyP99Ms())
                .driver(RequirementKey.HOSTING, c.hosting())
                .because("The SLOs are the requirements' targets: " + Numbers.percent(c.availability())
                        + " of requests succeed over 30 days (an error budget of " + Numbers.format(budget)
                        + " minutes) and 99 % complete within " + Numbers.format(c.latencyP99Ms()) + " ms.")
                .because("Alerts page on budget burn, not on causes: 14.4× the budget rate over 1 h (and 5 min),"
                        + " 6× over 6 h (and 30 min); a slow 1× burn over 3 days opens a ticket.")
                .because("Readiness checks the database and fails fast during shutdown; liveness checks only the"
                        + " process, so a slow database never restarts healthy instances.");
        if (style.separatelyDeployed()) {
            choice.driver(RequirementKey.TEAMS, context.team().teams())
                    .because("Across services, a request is only debuggable through its trace: every service"
                            + " propagates W3C trace context and logs the trace id.");
        }
        if (sampled) {
            choice.drivenByLoad(load)
                    .because("At " + Numbers.format(load.peakRps()) + " req/s keeping every trace costs more than it"
                            + " tells: 10 % head sampling plus every error and slow request.");
        }
        return choice.alternative(
                        "Logs only",
                        "Cannot show latency percentiles or where a slow request spent its time; SLOs need metrics.")
                .alternative(
                        onPremises ? "A SaaS observability vendor" : "A self-hosted Prometheus and Grafana stack",
                        onPremises
                                ? "On-premises hosting keeps telemetry, which contains personal data, inside."
                                : "Someone would run, upgrade and store it; a managed stack costs less than that"
                                        + " time.")
                .tradeoff("Telemetry volume costs money: debug logs are off in production and traces are sampled"
                        + " at scale.")
                .tradeoff("Burn-rate alerts need a few weeks of traffic before their thresholds are trusted.")
                .revisitWhen("When an incident is found by users before an alert, or alerts page without user"
                        + " impact more than once a month, retune the SLOs and alerts.");
    }
}
