package dev.archforge.design.init.knowledge;

import static dev.archforge.design.requirements.AccessPattern.Operation.CREATE;
import static dev.archforge.design.requirements.AccessPattern.Operation.LIST;

import dev.archforge.design.requirements.Feature;
import java.util.List;

/**
 * Telemetry and IoT: many devices write small readings all day, few people read them. The devices are
 * an actor with a count and a rate each; the users of the scale section are the operators watching them.
 */
final class TelemetryDomain {
    private TelemetryDomain() {}

    static Domain domain() {
        return new Domain(
                "telemetry",
                "Telemetry or IoT",
                List.of(
                        "telemetry",
                        "iot",
                        "internet of things",
                        "sensor",
                        "device",
                        "sensor reading",
                        "meter reading",
                        "measurement",
                        "time series",
                        "time-series",
                        "fleet",
                        "machine data"),
                "telemetry",
                "operator",
                "Reading",
                Audience.DEVICES,
                Profile.typical()
                        .dailyActiveUsers(200)
                        .activeShare(0.5)
                        .actions(20)
                        .peakFactor(1.5)
                        .readPercent(5)
                        .payloadKb(1)
                        .monthlyGrowthPercent(3)
                        .retentionMonths(13)
                        .latencyP99Ms(500)
                        .budgetPerMonth(2000),
                Parts.none()
                        .features(Feature.ANALYTICS, Feature.AUTH)
                        .actors(
                                ActorSpec.of("operator", "People who watch their devices and respond to alerts."),
                                ActorSpec.external(
                                        "device", "Sensors and machines that send readings through the API."),
                                ActorSpec.admin("Staff who provision devices and manage operators."))
                        .entities(
                                Accounts.user(),
                                EntitySpec.named("Device")
                                        .description("A sensor or machine that sends readings.")
                                        .owner("operator")
                                        .fields(
                                                "serial_number: string(64) required unique",
                                                "name: string(120)",
                                                "model: string(80)",
                                                "last_seen_at: timestamp")
                                        .relations("belongs-to User as operator")
                                        .states("provisioned", "active", "offline", "retired"),
                                EntitySpec.named("Reading")
                                        .description("One measurement a device sent; the bulk of the data.")
                                        .asAppendOnly()
                                        .fields(
                                                "recorded_at: timestamp required",
                                                "metric: string(64) required",
                                                "value: decimal required")
                                        .relations("belongs-to Device")
                                        .naturalKey("device", "metric", "recorded_at"),
                                EntitySpec.named("Alert")
                                        .description("A threshold a reading crossed, for an operator to handle.")
                                        .owner("operator")
                                        .growth(1)
                                        .fields(
                                                "metric: string(64) required",
                                                "threshold: decimal required",
                                                "raised_at: timestamp required")
                                        .relations("belongs-to Device", "belongs-to User as operator")
                                        .states("open", "acknowledged", "resolved"))
                        .patterns(
                                PatternSpec.of("ingest-reading", "device", CREATE, "Reading", 8640)
                                        .rate("1 per 10 seconds per actor"),
                                PatternSpec.of("list-device-readings", "operator", LIST, "Reading", 0.2)
                                        .filter("device", "recorded_at")
                                        .sort("recorded_at desc"),
                                PatternSpec.of("list-open-alerts", "operator", LIST, "Alert", 0.1)
                                        .filter("operator", "state")
                                        .sort("raised_at desc"))
                        .events(
                                EventSpec.of("ReadingIngested", "Reading", "analytics", "alerting"),
                                EventSpec.of("AlertRaised", "Alert", "notifications"))
                        .risks(
                                "Write-heavy: thousands of inserts per second need batching and a time-series"
                                        + " store or time-partitioned tables.",
                                "Devices sign in with their own revocable credentials, never a person's password.",
                                "Raw readings outgrow everything else: roll them up and expire raw data after the"
                                        + " retention period."));
    }
}
