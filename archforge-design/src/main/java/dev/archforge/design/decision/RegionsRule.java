package dev.archforge.design.decision;

import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.plan.Area;
import dev.archforge.design.plan.RegionLayout;
import dev.archforge.design.plan.RegionLayout.Mode;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.RequirementKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Regions and data residency: one region across zones unless the recovery or availability objectives
 * need a second; a warm standby (active-passive) before active-active, which needs 99.99 % and the
 * teams to run two writing regions; per-region cells for tenants homed in a region; personal data
 * pinned to the residency area. Says what the RPO and RTO imply for the loss of a region.
 */
@DecisionInfo(
        id = "regions",
        area = Area.AVAILABILITY,
        title = "Regions and data residency",
        reads = {
            RequirementKey.REGIONS,
            RequirementKey.DATA_RESIDENCY,
            RequirementKey.AVAILABILITY,
            RequirementKey.RPO,
            RequirementKey.RTO,
            RequirementKey.AUDIENCE,
            RequirementKey.QUALITIES,
            RequirementKey.TEAMS,
            RequirementKey.FEATURES
        })
public final class RegionsRule implements DecisionRule {
    /** From this availability a region is a single point of failure (as the availability decision has it). */
    static final double MULTI_REGION_AVAILABILITY = 99.99;
    /** Writing in several regions at once needs this many teams to build and run conflict handling. */
    static final int ACTIVE_ACTIVE_TEAMS = 3;
    /** Minutes to rebuild in another region from its backups: provision, restore, deploy, switch DNS. */
    static final int REGION_REBUILD_MINUTES = 240;
    /** Minutes to fail over to a warm standby region: promote its replica, scale it up, switch DNS. */
    static final int WARM_FAILOVER_MINUTES = 15;
    /** Minutes of WAL a region loses at most when only archives are shipped (archive_timeout of 60 s). */
    static final int WAL_SHIP_MINUTES = 1;

    @Override
    public boolean applies(DesignContext context) {
        Constraints c = context.constraints();
        boolean global = context.requirements().system().isPublic() && c.demands("low-latency");
        return c.regions().size() > 1 || Text.residency(c).isPresent() || c.availability() >= 99.95 || global;
    }

    @Override
    public Choice decide(DesignContext context) {
        Constraints c = context.constraints();
        Optional<String> residency = Text.residency(c);
        List<String> inside = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (String region : c.regions()) {
            boolean in = residency.isEmpty()
                    || Residency.inside(residency.get(), region).orElse(true);
            (in ? inside : outside).add(region);
        }
        double availability = c.availability();
        int teams = context.team().teams();
        boolean strong = c.demands("strong-consistency");
        boolean tenants = context.has(Feature.MULTI_TENANCY);
        int zones = context.parts().deployment().zones();
        Mode mode;
        if (availability >= MULTI_REGION_AVAILABILITY
                && teams >= ACTIVE_ACTIVE_TEAMS
                && inside.size() >= 2
                && !strong) {
            mode = Mode.ACTIVE_ACTIVE;
        } else if (tenants && c.regions().size() >= 2) {
            mode = Mode.CELLS;
        } else if (availability >= MULTI_REGION_AVAILABILITY
                || (inside.size() >= 2 && c.rtoMinutes() < REGION_REBUILD_MINUTES)) {
            mode = Mode.ACTIVE_PASSIVE;
        } else {
            mode = Mode.SINGLE_REGION;
        }
        List<String> used = mode == Mode.CELLS
                ? c.regions()
                : mode == Mode.SINGLE_REGION
                        ? inside.subList(0, Math.min(1, inside.size()))
                        : inside.subList(0, Math.min(2, inside.size()));
        context.parts().regionLayout(new RegionLayout(mode, used, residency));

        String primary = used.isEmpty() ? "" : " (" + used.get(0) + ")";
        String standby = used.size() > 1
                ? used.get(1)
                : "a second region" + residency.map(a -> " inside " + a).orElse("");
        String pinned = residency.map(a -> "; personal data pinned to " + a).orElse("");
        String line =
                switch (mode) {
                    case SINGLE_REGION ->
                        "Single region" + primary + " across "
                                + Text.count(zones, "availability zone", "availability zones") + pinned;
                    case ACTIVE_PASSIVE ->
                        "Multi-region active-passive: " + (used.isEmpty() ? "one region" : used.get(0))
                                + " serves, " + standby + " is a warm standby (RPO " + c.rpoMinutes() + " min, RTO "
                                + c.rtoMinutes() + " min)" + pinned;
                    case ACTIVE_ACTIVE ->
                        "Multi-region active-active across " + Text.and(used) + ", each user homed in one region"
                                + pinned;
                    case CELLS ->
                        "Per-region cells in " + Text.and(used) + ", each tenant homed in one region"
                                + (residency.isPresent() && !inside.isEmpty()
                                        ? "; tenants under " + residency.get() + " residency in " + Text.and(inside)
                                        : "");
                };
        Choice choice = Choice.of(line)
                .driver(RequirementKey.AVAILABILITY, availability)
                .driver(RequirementKey.REGIONS, c.regions())
                .driver(RequirementKey.DATA_RESIDENCY, c.dataResidency())
                .driver(RequirementKey.RPO, c.rpoMinutes())
                .driver(RequirementKey.RTO, c.rtoMinutes());
        explain(choice, mode, c, used, inside.size(), standby, zones, teams, strong);
        if (residency.isPresent()) {
            choice.because("Personal data stays in " + residency.get() + ": databases, backups, logs and queues of"
                    + " personal data live only in " + (inside.isEmpty() ? "regions inside it" : Text.and(inside))
                    + (outside.isEmpty()
                            ? "."
                            : "; " + Text.and(outside) + Text.verb(outside, " lies", " lie") + " outside it and"
                                    + (mode == Mode.CELLS
                                            ? " hosts only tenants whose contracts allow data outside "
                                                    + residency.get() + "."
                                            : " holds no personal data.")));
        }
        return choice.tradeoff(
                        mode == Mode.SINGLE_REGION
                                ? "Losing the region takes the service down until it is rebuilt elsewhere."
                                : "The second region roughly doubles the standing cost of the data tier and must be"
                                        + " rehearsed to be trusted.")
                .tradeoff("Cross-region traffic and replication are billed per GB.")
                .revisitWhen(revisit(mode, c, teams, standby));
    }

    private static void explain(
            Choice choice,
            Mode mode,
            Constraints c,
            List<String> used,
            int candidates,
            String standby,
            int zones,
            int teams,
            boolean strong) {
        int rpo = c.rpoMinutes();
        int rto = c.rtoMinutes();
        double availability = c.availability();
        switch (mode) {
            case SINGLE_REGION -> {
                choice.because(Numbers.percent(availability) + " is met inside one region: "
                        + (zones == 1
                                ? "one zone with restarts and a restore fits its downtime budget"
                                : zones + " zones with a synchronous standby ride out a host or zone failure")
                        + "; a second region pays off from " + Numbers.percent(MULTI_REGION_AVAILABILITY) + ".");
                choice.because("Losing the region means rebuilding in another from the copied backups, planned at "
                        + REGION_REBUILD_MINUTES + " min: "
                        + (rto >= REGION_REBUILD_MINUTES
                                ? "within the RTO of " + rto + " min."
                                : "above the RTO of " + rto + " min, which therefore holds for zone failures only;"
                                        + (candidates < 2
                                                ? " no second region "
                                                        + Text.residency(c)
                                                                .map(a -> "inside " + a + " ")
                                                                .orElse("")
                                                        + "is listed, so a regional outage is accepted as the residual"
                                                        + " risk."
                                                : " the residual risk is accepted."))
                        + " WAL archived every minute loses at most " + WAL_SHIP_MINUTES + " min of commits, "
                        + (rpo >= WAL_SHIP_MINUTES
                                ? "within the RPO of " + rpo + " min."
                                : "more than the RPO of 0 min allows for a regional loss."));
                choice.alternative(
                                "Multi-region active-passive (warm standby)",
                                candidates < 2
                                        ? "No second region "
                                                + Text.residency(c)
                                                        .map(a -> "inside " + a + " ")
                                                        .orElse("")
                                                + "is listed; a standby would double the data tier for a rare"
                                                + " regional outage."
                                        : "Doubles the data tier against an RTO of " + rto
                                                + " min that a rebuild meets.")
                        .alternative(
                                "Multi-region active-active",
                                "Writes in two regions need conflict handling and several teams; "
                                        + Numbers.percent(availability) + " does not call for it.");
            }
            case ACTIVE_PASSIVE -> {
                choice.because((availability >= MULTI_REGION_AVAILABILITY
                                ? Numbers.percent(availability) + " is more than one region reliably gives"
                                : "An RTO of " + rto + " min is below the " + REGION_REBUILD_MINUTES
                                        + " min a rebuild from backups in another region takes")
                        + ", so " + standby + " runs warm: an asynchronous streaming replica of PostgreSQL and a"
                        + " scaled-down copy of every deployable. Failover promotes the replica, scales up and"
                        + " switches DNS in about " + WARM_FAILOVER_MINUTES + " min, "
                        + (rto >= WARM_FAILOVER_MINUTES
                                ? "within the RTO of " + rto + " min."
                                : "above the RTO of " + rto + " min: failover is automated and rehearsed to get"
                                        + " closer."));
                choice.because(
                        rpo >= WAL_SHIP_MINUTES
                                ? "Replication lags by seconds, within the RPO of " + rpo + " min."
                                : "An RPO of 0 min holds within the region (synchronous standby); across regions commits would"
                                        + " wait a round trip each, so a regional loss may drop the last seconds of commits.");
                if (teams < ACTIVE_ACTIVE_TEAMS || availability < MULTI_REGION_AVAILABILITY || strong) {
                    choice.because("Active-active is not chosen: "
                            + (strong
                                    ? "strong consistency rules out writes in two regions."
                                    : availability < MULTI_REGION_AVAILABILITY
                                            ? Numbers.percent(availability) + " is below the "
                                                    + Numbers.percent(MULTI_REGION_AVAILABILITY)
                                                    + " that would justify it."
                                            : Text.count(teams, "team", "teams") + " are fewer than the "
                                                    + ACTIVE_ACTIVE_TEAMS + " that can run two writing regions."));
                }
                choice.alternative(
                                "Single region across zones",
                                "Losing the region would take the " + REGION_REBUILD_MINUTES + " min of a rebuild,"
                                        + (rto < REGION_REBUILD_MINUTES
                                                ? " above the RTO of " + rto + " min."
                                                : " against " + Numbers.percent(availability) + "."))
                        .alternative(
                                "Multi-region active-active",
                                "Conflict handling for writes in two regions, for a failover that a warm standby"
                                        + " handles in minutes.");
            }
            case ACTIVE_ACTIVE -> {
                choice.driver(RequirementKey.TEAMS, teams)
                        .because(Numbers.percent(availability) + " leaves " + Numbers.format(downtime(availability))
                                + " min of downtime in 30 days, less than a " + WARM_FAILOVER_MINUTES
                                + " min failover; " + Text.count(teams, "team", "teams")
                                + " can run both regions serving at once. Each user is homed in one region, which"
                                + " writes that user's rows; the other region holds an asynchronous copy and takes"
                                + " over the user's traffic when the home region fails.");
                choice.because("Replication lags by seconds: "
                        + (rpo >= WAL_SHIP_MINUTES
                                ? "within the RPO of " + rpo + " min."
                                : "an RPO of 0 min cannot hold across regions without a round trip per commit."));
                choice.alternative(
                                "Active-passive warm standby",
                                "A " + WARM_FAILOVER_MINUTES + " min failover uses more than the "
                                        + Numbers.format(downtime(availability)) + " min budget of a month.")
                        .alternative(
                                "A globally distributed SQL database",
                                "Consensus across regions adds a round trip to every write and replaces PostgreSQL"
                                        + " and its tooling.");
            }
            case CELLS -> {
                choice.driver(RequirementKey.FEATURES, "multi-tenancy")
                        .because("Tenants share nothing, so a tenant is the unit to place: each cell ("
                                + Text.and(used) + ") is a full deployment with its own database, and a small global"
                                + " directory maps tenant to cell for routing and sign-in. A regional outage affects"
                                + " only its cell's tenants.");
                choice.because("Within a cell, the RPO of " + rpo + " min and RTO of " + rto + " min are met as in a"
                        + " single region; a cell's region loss means a rebuild of " + REGION_REBUILD_MINUTES
                        + " min from backups, "
                        + (rto >= REGION_REBUILD_MINUTES ? "within the RTO." : "above the RTO, accepted per cell."));
                choice.alternative(
                                "One region for all tenants",
                                "Cannot keep a tenant's data in the region its contract names.")
                        .alternative(
                                "Multi-region active-active",
                                "Replicates every tenant everywhere, against residency, for availability a cell"
                                        + " per region gives without cross-region writes.");
            }
        }
    }

    private static String revisit(Mode mode, Constraints c, int teams, String standby) {
        return switch (mode) {
            case SINGLE_REGION ->
                "When the objective reaches " + Numbers.percent(MULTI_REGION_AVAILABILITY) + " (today "
                        + Numbers.percent(c.availability()) + ") or a regional outage must also be recovered within"
                        + " the stated RTO, add a warm standby in " + standby + ".";
            case ACTIVE_PASSIVE ->
                c.availability() < MULTI_REGION_AVAILABILITY
                        ? "When the objective reaches " + Numbers.percent(MULTI_REGION_AVAILABILITY) + " (today "
                                + Numbers.percent(c.availability()) + ")"
                                + (teams >= ACTIVE_ACTIVE_TEAMS
                                        ? ", consider active-active: there are teams enough to run it."
                                        : " and " + ACTIVE_ACTIVE_TEAMS + " or more teams (today " + teams
                                                + ") can run it, consider active-active.")
                        : "When " + ACTIVE_ACTIVE_TEAMS + " or more teams (today " + teams
                                + ") can run two writing regions, consider active-active.";
            case ACTIVE_ACTIVE ->
                "When users in one region pass half of all users and write across regions often, move to cells with"
                        + " users fully homed per region.";
            case CELLS ->
                "When one cell's database passes what one primary carries, open a further cell in the same region"
                        + " and move tenants to it.";
        };
    }

    private static double downtime(double availability) {
        return Numbers.round((100 - availability) / 100 * 30 * 24 * 60);
    }
}
