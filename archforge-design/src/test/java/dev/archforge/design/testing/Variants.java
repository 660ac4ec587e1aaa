package dev.archforge.design.testing;

import dev.archforge.design.requirements.AccessPattern;
import dev.archforge.design.requirements.Actor;
import dev.archforge.design.requirements.Constraints;
import dev.archforge.design.requirements.Entity;
import dev.archforge.design.requirements.Event;
import dev.archforge.design.requirements.Feature;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.design.requirements.Scale;
import dev.archforge.design.requirements.Team;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Copies of requirements with one part changed, for tests that move one input across a threshold.
 * Each method returns a new record; the fitness example is the usual starting point.
 */
public final class Variants {

    private Variants() {}

    public static Requirements fitness() {
        return SampleDesigns.fitnessRequirements();
    }

    public static Requirements team(Requirements r, int size, int teams) {
        return r.toBuilder().team(new Team(size, teams, r.team().skills())).build();
    }

    public static Requirements skills(Requirements r, String... skills) {
        return r.toBuilder()
                .team(new Team(r.team().size(), r.team().teams(), List.of(skills)))
                .build();
    }

    public static Requirements features(Requirements r, Feature... features) {
        Set<Feature> set = features.length == 0 ? EnumSet.noneOf(Feature.class) : EnumSet.of(features[0], features);
        return r.toBuilder().features(set).build();
    }

    public static Requirements plusFeatures(Requirements r, Feature... features) {
        Set<Feature> set = r.features().isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(r.features());
        set.addAll(List.of(features));
        return r.toBuilder().features(set).build();
    }

    public static Requirements actors(Requirements r, List<Actor> actors) {
        return r.toBuilder().actors(actors).build();
    }

    public static Requirements entities(Requirements r, List<Entity> entities) {
        return r.toBuilder().entities(entities).build();
    }

    public static Requirements plusEntities(Requirements r, Entity... more) {
        List<Entity> all = new ArrayList<>(r.entities());
        all.addAll(List.of(more));
        return entities(r, all);
    }

    public static Requirements patterns(Requirements r, List<AccessPattern> patterns) {
        return r.toBuilder().accessPatterns(patterns).build();
    }

    public static Requirements plusPatterns(Requirements r, AccessPattern... more) {
        List<AccessPattern> all = new ArrayList<>(r.accessPatterns());
        all.addAll(List.of(more));
        return patterns(r, all);
    }

    public static Requirements events(Requirements r, List<Event> events) {
        return r.toBuilder().events(events).build();
    }

    public static Requirements scale(Requirements r, Scale scale) {
        return r.toBuilder().scale(scale).build();
    }

    /** The fitness scale with other daily actives and registered users. */
    public static Requirements users(Requirements r, long registered, long daily) {
        Scale s = r.scale();
        return scale(
                r,
                new Scale(
                        registered,
                        daily,
                        s.actionsPerUserPerDay(),
                        s.peakFactor(),
                        s.peakRps(),
                        s.readPercent(),
                        s.payloadKb(),
                        s.monthlyGrowthPercent(),
                        s.retentionMonths()));
    }

    public static Requirements peakRps(Requirements r, double peak) {
        Scale s = r.scale();
        return scale(
                r,
                new Scale(
                        s.registeredUsers(),
                        s.dailyActiveUsers(),
                        s.actionsPerUserPerDay(),
                        s.peakFactor(),
                        OptionalDouble.of(peak),
                        s.readPercent(),
                        s.payloadKb(),
                        s.monthlyGrowthPercent(),
                        s.retentionMonths()));
    }

    public static Requirements actions(Requirements r, double actions, double peakFactor, double readPercent) {
        Scale s = r.scale();
        return scale(
                r,
                new Scale(
                        s.registeredUsers(),
                        s.dailyActiveUsers(),
                        actions,
                        peakFactor,
                        s.peakRps(),
                        readPercent,
                        s.payloadKb(),
                        s.monthlyGrowthPercent(),
                        s.retentionMonths()));
    }

    public static Requirements constraints(Requirements r, Constraints c) {
        return r.toBuilder().constraints(c).build();
    }

    public static Requirements availability(Requirements r, double availability) {
        Constraints c = r.constraints();
        return constraints(
                r,
                new Constraints(
                        c.budgetPerMonth(),
                        c.hosting(),
                        c.cloud(),
                        c.compliance(),
                        availability,
                        c.latencyP99Ms(),
                        c.regions(),
                        c.dataResidency(),
                        c.rpoMinutes(),
                        c.rtoMinutes()));
    }

    public static Requirements budget(Requirements r, int budget) {
        Constraints c = r.constraints();
        return constraints(
                r,
                new Constraints(
                        OptionalInt.of(budget),
                        c.hosting(),
                        c.cloud(),
                        c.compliance(),
                        c.availability(),
                        c.latencyP99Ms(),
                        c.regions(),
                        c.dataResidency(),
                        c.rpoMinutes(),
                        c.rtoMinutes()));
    }

    public static Requirements hosting(Requirements r, String hosting, String cloud) {
        Constraints c = r.constraints();
        return constraints(
                r,
                new Constraints(
                        c.budgetPerMonth(),
                        hosting,
                        cloud,
                        c.compliance(),
                        c.availability(),
                        c.latencyP99Ms(),
                        c.regions(),
                        c.dataResidency(),
                        c.rpoMinutes(),
                        c.rtoMinutes()));
    }

    public static Requirements compliance(Requirements r, String... regimes) {
        Constraints c = r.constraints();
        return constraints(
                r,
                new Constraints(
                        c.budgetPerMonth(),
                        c.hosting(),
                        c.cloud(),
                        List.of(regimes),
                        c.availability(),
                        c.latencyP99Ms(),
                        c.regions(),
                        c.dataResidency(),
                        c.rpoMinutes(),
                        c.rtoMinutes()));
    }

    public static Requirements regions(Requirements r, String residency, String... regions) {
        Constraints c = r.constraints();
        return constraints(
                r,
                new Constraints(
                        c.budgetPerMonth(),
                        c.hosting(),
                        c.cloud(),
                        c.compliance(),
                        c.availability(),
                        c.latencyP99Ms(),
                        List.of(regions),
                        residency,
                        c.rpoMinutes(),
                        c.rtoMinutes()));
    }

    public static Requirements recovery(Requirements r, int rpo, int rto) {
        Constraints c = r.constraints();
        return constraints(
                r,
                new Constraints(
                        c.budgetPerMonth(),
                        c.hosting(),
                        c.cloud(),
                        c.compliance(),
                        c.availability(),
                        c.latencyP99Ms(),
                        c.regions(),
                        c.dataResidency(),
                        rpo,
                        rto));
    }

    public static Requirements assumptions(Requirements r, String... keys) {
        return new Requirements(
                r.file(),
                r.system(),
                r.features(),
                r.actors(),
                r.entities(),
                r.accessPatterns(),
                r.events(),
                r.scale(),
                r.team(),
                r.constraints(),
                List.of(keys));
    }

    public static Requirements purpose(Requirements r, String purpose) {
        return new Requirements(
                r.file(),
                new dev.archforge.design.requirements.SystemInfo(r.system().name(), purpose),
                r.features(),
                r.actors(),
                r.entities(),
                r.accessPatterns(),
                r.events(),
                r.scale(),
                r.team(),
                r.constraints(),
                r.assumptions());
    }
}
