package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Style;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.RequirementKey;

/**
 * How changes reach production: trunk-based development, one pipeline per deployable that builds,
 * tests against a real PostgreSQL, reviews the API and migrations with Archforge, scans the image and
 * deploys with backward-compatible migrations first; canaries from 99.95 %, approvals for regulated
 * systems.
 */
@DecisionInfo(
        id = "ci-cd",
        area = Area.DELIVERY,
        title = "CI/CD",
        reads = {RequirementKey.TEAMS, RequirementKey.TEAM_SIZE, RequirementKey.COMPLIANCE, RequirementKey.AVAILABILITY
        })
public final class CiCdRule implements DecisionRule {
    /** From this availability a bad release must reach only a slice of traffic first. */
    static final double CANARY_AVAILABILITY = 99.95;

    @Override
    public Choice decide(DesignContext context) {
        Constraints c = context.constraints();
        Style style = context.parts().style();
        Platform platform = context.parts().platform();
        boolean canary = c.availability() >= CANARY_AVAILABILITY;
        boolean regulated = c.requires("pci") || c.requires("hipaa") || c.requires("soc2");
        String rollout =
                canary ? "canary releases (5 % of traffic, automatic rollback on SLO burn)" : "rolling deploys";
        Choice choice = Choice.of("Trunk-based with GitHub Actions: build, tests with Testcontainers PostgreSQL,"
                        + " archforge review of openapi.yaml and migrations, image scan; "
                        + (style.separatelyDeployed() ? "a pipeline per service; " : "")
                        + "Flyway migrations before " + rollout
                        + (regulated ? "; production approval by a second person" : ""))
                .driver(RequirementKey.TEAMS, context.team().teams())
                .driver(RequirementKey.AVAILABILITY, c.availability())
                .because(Text.capitalize(Text.people(context.team())) + Text.verb(context.team(), " merges", " merge")
                        + " small changes to main several"
                        + " times a day; every merge is built, tested against a real PostgreSQL and deployed, so a"
                        + " release is never a big event.")
                .because("Migrations are expand/contract (add, backfill, switch, drop later) and run before the new"
                        + " version starts, so old and new versions work against the same schema during a "
                        + (platform == Platform.SERVERLESS ? "function update." : "rolling deploy."))
                .because("Archforge reviews the OpenAPI document and every migration in CI, so breaking or unsafe"
                        + " changes fail the build instead of production.");
        if (canary) {
            choice.because(Numbers.percent(c.availability()) + " leaves little error budget: a release takes 5 %"
                    + " of traffic first and rolls back automatically when errors burn the budget.");
        }
        if (regulated) {
            choice.driver(RequirementKey.COMPLIANCE, c.compliance())
                    .because("Compliance asks for separation of duties: production deploys need a second"
                            + " person's approval, recorded in the pipeline.");
        }
        return choice.alternative(
                        "Release branches with scheduled releases",
                        "Batches changes into risky releases and slows feedback for " + Text.people(context.team())
                                + ".")
                .alternative(
                        canary ? "Blue-green deploys" : "Canary releases",
                        canary
                                ? "Switch all traffic at once: a bad release hits every user before anyone notices."
                                : "Need traffic splitting and automated analysis that a "
                                        + Numbers.percent(c.availability()) + " target does not justify.")
                .tradeoff("Main must always be releasable: unfinished features hide behind flags.")
                .tradeoff("Contract steps of a migration ship one release after the expand step.")
                .revisitWhen(
                        canary
                                ? "When canaries roll back more than ~1 release in 10, slow the rollout and add checks"
                                        + " before the canary step."
                                : "When deploys fail more than ~1 in 20, or the availability target reaches "
                                        + Numbers.percent(CANARY_AVAILABILITY) + ", add canary releases.");
    }
}
