package dev.archforge.design.decision;

import dev.archforge.design.capacity.Deployable;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.Platform;
import dev.archforge.design.plan.Style;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Team;
import java.util.ArrayList;
import java.util.List;

/**
 * Where it runs, sized to the people who run it: a PaaS for a tiny team with one deployable,
 * containers on a managed runtime for one or two teams, Kubernetes only with several teams or many
 * services, functions for a serverless design; on-premises hosting is respected.
 */
@DecisionInfo(
        id = "deployment-platform",
        area = Area.DEPLOYMENT,
        title = "Deployment platform",
        reads = {
            RequirementKey.TEAM_SIZE,
            RequirementKey.TEAMS,
            RequirementKey.HOSTING,
            RequirementKey.CLOUD,
            RequirementKey.COMPLIANCE,
            RequirementKey.ENTITIES,
            RequirementKey.BUDGET
        })
public final class DeploymentPlatformRule implements DecisionRule {
    /** From this many teams, a shared platform (Kubernetes) pays for the people who run it. */
    static final int KUBERNETES_TEAMS = 3;
    /** From this many deployables, a scheduler with service discovery pays off. */
    static final int KUBERNETES_DEPLOYABLES = 5;
    /** Monthly budget in US dollars below which a cluster's fixed cost and upkeep do not fit. */
    static final int KUBERNETES_BUDGET = 1000;
    /** Up to this many people and one deployable, nobody should run infrastructure. */
    static final int PAAS_PEOPLE = 3;

    @Override
    public Choice decide(DesignContext context) {
        Requirements req = context.requirements();
        Team team = context.team();
        Constraints c = context.constraints();
        Style style = context.parts().style();
        int deployables = Deployable.of(
                        req.system().name(), style, context.parts().components(), context.load())
                .size();
        boolean onPremises = "on-premises".equals(c.hosting());
        boolean regulated = c.requires("pci") || c.requires("hipaa");
        boolean tight = c.budgetPerMonth().isPresent() && c.budgetPerMonth().getAsInt() < KUBERNETES_BUDGET;
        Platform platform;
        if (style == Style.SERVERLESS && !onPremises) {
            platform = Platform.SERVERLESS;
        } else if ((team.teams() >= KUBERNETES_TEAMS || deployables >= KUBERNETES_DEPLOYABLES) && !tight) {
            platform = Platform.KUBERNETES;
        } else if (!onPremises && team.size() <= PAAS_PEOPLE && deployables == 1 && !regulated) {
            platform = Platform.PAAS;
        } else {
            platform = Platform.CONTAINERS;
        }
        context.parts().platform(platform);
        String cloud = c.cloud();
        String where =
                switch (platform) {
                    case PAAS ->
                        onPremises ? "" : "aws".equals(cloud) ? " (AWS App Runner)" : " (Render, Fly.io or Heroku)";
                    case CONTAINERS ->
                        onPremises
                                ? " (Docker on the organisation's VMs behind its load balancer)"
                                : "aws".equals(cloud)
                                        ? " (Amazon ECS on Fargate)"
                                        : "gcp".equals(cloud)
                                                ? " (Cloud Run)"
                                                : "azure".equals(cloud) ? " (Azure Container Apps)" : "";
                    case KUBERNETES ->
                        onPremises
                                ? " (the organisation's cluster)"
                                : "aws".equals(cloud)
                                        ? " (Amazon EKS)"
                                        : "gcp".equals(cloud)
                                                ? " (GKE)"
                                                : "azure".equals(cloud) ? " (AKS)" : " (managed)";
                    case SERVERLESS -> "aws".equals(cloud) ? " (AWS Lambda behind API Gateway)" : "";
                };
        Choice choice = Choice.of(platform.title() + where)
                .driver(RequirementKey.TEAM_SIZE, team.size())
                .driver(RequirementKey.TEAMS, team.teams())
                .driver(RequirementKey.HOSTING, c.hosting())
                .because(Text.capitalize(Text.people(team)) + Text.verb(team, " deploys ", " deploy ")
                        + Text.count(deployables, "deployable", "deployables")
                        + (onPremises ? " on premises" : " in the cloud") + ".");
        if (tight && (team.teams() >= KUBERNETES_TEAMS || deployables >= KUBERNETES_DEPLOYABLES)) {
            choice.driver(RequirementKey.BUDGET, c.budgetPerMonth().getAsInt())
                    .because("Kubernetes would suit the teams, but a budget of $"
                            + c.budgetPerMonth().getAsInt()
                            + " a month cannot carry a cluster's fixed cost and upkeep (from $" + KUBERNETES_BUDGET
                            + ").");
        }
        switch (platform) {
            case PAAS ->
                choice.because("A PaaS builds, runs, scales and patches it: nobody on a team this size"
                                + " should spend time on clusters or servers.")
                        .alternative(
                                "Kubernetes",
                                "A cluster needs people who run it; " + team.size() + " people have"
                                        + " a product to build.")
                        .alternative(
                                "Containers on a managed runtime",
                                "More control than needed for one deployable," + " for more setup.");
            case CONTAINERS ->
                choice.because("One container image per deployable on a managed runtime gives"
                                + " rolling deploys, health checks and autoscaling without running a cluster.")
                        .alternative(
                                "Kubernetes",
                                "Pays for itself with several teams and many services; for "
                                        + Text.count(deployables, "deployable", "deployables")
                                        + " it is a second product to run.")
                        .alternative(
                                onPremises ? "Bare processes on VMs" : "PaaS",
                                onPremises
                                        ? "Container images make builds reproducible and the runtime identical in every"
                                                + " environment."
                                        : regulated
                                                ? "Compliance needs network isolation and audit controls most PaaS offerings"
                                                        + " lack."
                                                : Text.capitalize(Text.people(team))
                                                        + " can run containers and " + Text.verb(team, "needs", "need")
                                                        + " their network and scaling controls.");
            case KUBERNETES ->
                choice.driver(RequirementKey.ENTITIES, req.entities().size())
                        .because("With " + Text.count(team.teams(), "team", "teams") + " and "
                                + Text.count(deployables, "deployable", "deployables")
                                + " a shared platform gives every team the same deploys, probes, autoscaling, network"
                                + " policies and disruption budgets.")
                        .alternative(
                                "Containers on a managed runtime",
                                "Each team would build its own deployment," + " networking and secrets conventions.")
                        .alternative(
                                "PaaS",
                                "Limits networking, sidecars and scheduling that "
                                        + Text.count(deployables, "service", "services") + " need.");
            case SERVERLESS ->
                choice.because("Functions scale to zero between spikes; the provider runs" + " everything else.")
                        .alternative("PaaS", "An always-on instance for a load that is idle most of the day.")
                        .alternative("Kubernetes", "A cluster for a handful of functions.");
        }
        return choice.tradeoff(
                        platform == Platform.KUBERNETES
                                ? "A platform team (or a rotation) owns the cluster, its upgrades and its add-ons."
                                : "Less control over networking and scheduling than a cluster gives.")
                .tradeoff("Local development runs the same images with Docker Compose, beside "
                        + Text.and(context.parts().stores().stream()
                                .map(st -> st.title())
                                .toList()) + ".")
                .revisitWhen(
                        platform == Platform.KUBERNETES
                                ? shrink(team.teams() >= KUBERNETES_TEAMS, deployables >= KUBERNETES_DEPLOYABLES)
                                : "From " + KUBERNETES_TEAMS + " teams or " + KUBERNETES_DEPLOYABLES
                                        + " deployables, move to managed Kubernetes.");
    }

    /** When a cluster stops paying: once what made it pay (the teams, the services, or both) is gone. */
    private static String shrink(boolean teams, boolean services) {
        List<String> gone = new ArrayList<>();
        if (teams) {
            gone.add("the teams consolidate below " + KUBERNETES_TEAMS);
        }
        if (services) {
            gone.add("services consolidate below " + KUBERNETES_DEPLOYABLES);
        }
        return "If " + String.join(" and ", gone) + ", a managed container runtime costs less to run.";
    }
}
