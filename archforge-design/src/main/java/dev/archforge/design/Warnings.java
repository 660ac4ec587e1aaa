package dev.archforge.design;

import dev.archforge.design.capacity.Load;
import dev.archforge.design.capacity.Numbers;
import dev.archforge.design.capacity.Sizing;
import dev.archforge.design.cost.CostModel;
import dev.archforge.design.decision.Residency;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Style;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Field;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Scale;
import dev.archforge.design.requirements.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Contradictions and risks in the requirements that do not stop the design, each located at the
 * requirement that causes it: targets the budget or the regions cannot meet, a team too small for
 * what it asks, numbers that cannot both be true, data that needs more care than it is given.
 */
final class Warnings {
    private static final Pattern SECRET_NAMES =
            Pattern.compile("(^|_)(password|passwd|secret|token|ssn|iban|card_number|cvv|api_key)(_|$)");
    private static final Pattern CARD_NAMES = Pattern.compile("(^|_)(card_number|pan|cvv|cvc)(_|$)");

    private final Requirements req;
    private final Designer.Locator at;
    private final List<Warning> out = new ArrayList<>();

    private Warnings(Requirements req, Designer.Locator at) {
        this.req = req;
        this.at = at;
    }

    static List<Warning> of(
            Requirements req, Load load, Architecture architecture, CapacityPlan capacity, Designer.Locator at) {
        Warnings w = new Warnings(req, at);
        w.scale(req.scale());
        w.team(req.team(), architecture.style());
        w.availability(
                req.constraints(),
                architecture,
                CostModel.of(req, architecture, capacity).typical());
        w.recovery(req.constraints());
        w.residency(req.constraints());
        w.fields();
        if (capacity.value("database.connection-headroom") < 0) {
            w.add(
                    "connections-exceed-budget",
                    RequirementKey.DAILY_ACTIVE_USERS,
                    "At the autoscaling ceiling the instances open "
                            + Numbers.format(capacity.value("database.connections-at-max"))
                            + " connections but the database"
                            + " allows " + Numbers.format(capacity.value("database.connection-budget"))
                            + ": the design puts PgBouncer in front of PostgreSQL");
        }
        w.out.sort(Comparator.comparing(Warning::location).thenComparing(Warning::id));
        return List.copyOf(w.out);
    }

    private void scale(Scale s) {
        if (s.dailyActiveUsers() <= 0) {
            add(
                    "no-active-users",
                    RequirementKey.DAILY_ACTIVE_USERS,
                    "scale.daily-active-users is 0: the capacity plan sizes a system nobody uses");
        }
        if (s.registeredUsers() > 0 && s.dailyActiveUsers() > s.registeredUsers()) {
            add(
                    "active-exceed-registered",
                    RequirementKey.DAILY_ACTIVE_USERS,
                    "scale.daily-active-users "
                            + Numbers.format(s.dailyActiveUsers()) + " exceeds scale.registered-users "
                            + Numbers.format(s.registeredUsers()));
        }
    }

    private void team(Team team, Style style) {
        if (team.teams() > team.size()) {
            add(
                    "teams-exceed-people",
                    RequirementKey.TEAMS,
                    "team.teams " + team.teams() + " is more than team.size " + team.size()
                            + ": a team needs at least one person");
        } else if (style == Style.MICROSERVICES && team.size() < 2 * team.teams()) {
            add(
                    "microservices-thin-teams",
                    RequirementKey.TEAM_SIZE,
                    team.teams() + " teams of " + team.size()
                            + " people get microservices by team count, but each team of about "
                            + Numbers.format(Numbers.round((double) team.size() / team.teams()))
                            + " would run its services alone");
        }
        String purpose = req.system().purpose().toLowerCase(Locale.ROOT);
        if ((purpose.contains("microservice") || purpose.contains("micro-service")) && style != Style.MICROSERVICES) {
            add(
                    "microservices-small-team",
                    RequirementKey.SYSTEM_PURPOSE,
                    "system.purpose asks for microservices, but "
                            + (team.teams() <= 1 ? "a team of " + team.size() : team.teams() + " teams")
                            + " gets a " + style.title().toLowerCase(Locale.ROOT)
                            + ": microservices pay off from 4 independent teams");
        }
    }

    /** {@code minimum}: the cost model's typical month, every deployable at its minimum replicas. */
    private void availability(Constraints c, Architecture a, long minimum) {
        double target = c.availability();
        if (target >= 99.99 && c.regions().size() == 1) {
            add(
                    "availability-single-region",
                    RequirementKey.REGIONS,
                    "constraints.availability " + Numbers.percent(target)
                            + " needs a second region, but constraints.regions allows only "
                            + c.regions().get(0));
        }
        if (c.budgetPerMonth().isPresent()) {
            int budget = c.budgetPerMonth().getAsInt();
            if (budget == 0 && !"on-premises".equals(c.hosting())) {
                add(
                        "budget-zero",
                        RequirementKey.BUDGET,
                        "constraints.budget-per-month is 0, but the design runs on managed"
                                + " cloud services costing about $" + Numbers.format(minimum) + " a month (cost.md)");
            } else if (budget < minimum && target >= 99.9) {
                add(
                        "availability-over-budget",
                        RequirementKey.AVAILABILITY,
                        "constraints.availability "
                                + Numbers.percent(target) + " needs "
                                + a.deployment().minimums() + " instances"
                                + (a.deployment().uniform() && !a.deployment().single() ? " per deployable" : "")
                                + " across "
                                + a.deployment().zones()
                                + " zones and a standby database; the design costs about $" + Numbers.format(minimum)
                                + " a month (cost.md), but constraints.budget-per-month is $" + Numbers.format(budget));
            } else if (budget < minimum) {
                add(
                        "over-budget",
                        RequirementKey.BUDGET,
                        "The design costs about $" + Numbers.format(minimum)
                                + " a month at its minimum size (cost.md), more than constraints.budget-per-month $"
                                + Numbers.format(budget));
            }
        }
    }

    private void recovery(Constraints c) {
        if (c.rpoMinutes() <= 0 && Sizing.standbysFor(c.availability()) == 0) {
            add(
                    "rpo-zero-without-standby",
                    RequirementKey.RPO,
                    "constraints.rpo-minutes 0 needs synchronous replication to"
                            + " a standby, which a " + Numbers.percent(c.availability())
                            + " availability target does not"
                            + " otherwise pay for: the design adds one");
        }
        if (c.rtoMinutes() > 0 && c.rtoMinutes() < 5) {
            add(
                    "rto-below-failover",
                    RequirementKey.RTO,
                    "constraints.rto-minutes " + c.rtoMinutes() + " is below the 1-5"
                            + " minutes an automatic database failover takes");
        }
    }

    private void residency(Constraints c) {
        if (c.dataResidency().isBlank() || c.dataResidency().equalsIgnoreCase("none")) {
            return;
        }
        for (String region : c.regions()) {
            if (!Residency.inside(c.dataResidency(), region).orElse(true)) {
                add(
                        "residency-region",
                        RequirementKey.REGIONS,
                        "constraints.regions lists " + region + ", outside the " + c.dataResidency()
                                + " data residency");
            }
        }
    }

    private void fields() {
        boolean pci = req.constraints().requires("pci");
        for (Entity e : req.entities()) {
            for (Field f : e.fields()) {
                String name = f.name().toLowerCase(Locale.ROOT);
                if (pci && CARD_NAMES.matcher(name).find()) {
                    out.add(new Warning(
                            "card-data-stored",
                            f.location(),
                            e.name() + "." + f.name()
                                    + " stores card data: PCI DSS scope grows to every system that touches it; store the"
                                    + " payment provider's token instead"));
                } else if (!f.sensitive() && SECRET_NAMES.matcher(name).find()) {
                    out.add(new Warning(
                            "secret-not-sensitive",
                            f.location(),
                            e.name() + "." + f.name()
                                    + " looks secret but is not marked sensitive: it would be returned by the API"));
                }
            }
        }
    }

    private void add(String id, RequirementKey key, String message) {
        out.add(new Warning(id, at.of(key), message));
    }
}
