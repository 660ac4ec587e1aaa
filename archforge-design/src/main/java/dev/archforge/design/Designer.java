package dev.archforge.design;

import dev.archforge.design.capacity.CapacityPlanner;
import dev.archforge.design.capacity.Load;
import dev.archforge.design.decision.DecisionEngine;
import dev.archforge.design.plan.CapacityPlan;
import dev.archforge.design.plan.Design;
import dev.archforge.design.plan.Question;
import dev.archforge.design.plan.Warning;
import dev.archforge.design.requirements.RequirementKey;
import dev.archforge.design.requirements.Requirements;
import dev.archforge.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Designs a backend from requirements: runs the decision rules in order, builds the architecture,
 * plans its capacity, and reports the warnings (contradictions and risks, located at the requirement
 * that causes them) and the questions (one per assumed value that changes a decision). Pure and
 * deterministic: the same requirements give an equal design.
 */
public final class Designer {
    private final DecisionEngine engine = new DecisionEngine();
    private final CapacityPlanner planner = new CapacityPlanner();

    /** Designs with warnings about scalar settings located at the start of the file. */
    public Design design(Requirements requirements) {
        return design(requirements, key -> Optional.empty());
    }

    /**
     * Designs, locating warnings about a setting such as {@code constraints.availability} with
     * {@code keyLocations}, which the loader answers from the positions it read.
     */
    public Design design(Requirements requirements, Function<String, Optional<Location>> keyLocations) {
        Load load = Load.of(requirements);
        DecisionEngine.Result result = engine.decide(requirements, load);
        CapacityPlan capacity = planner.plan(requirements, load, result.architecture());
        Locator at = key -> keyLocations.apply(key).orElseGet(() -> Location.ofFile(requirements.file()));
        List<Warning> warnings = new ArrayList<>(Warnings.of(requirements, load, result.architecture(), capacity, at));
        warnings.addAll(WorkloadWarnings.of(requirements, load, at));
        warnings.sort(Comparator.comparing(Warning::location).thenComparing(Warning::id));
        List<Question> questions = Questions.of(requirements);
        return new Design(requirements, result.decisions(), result.architecture(), capacity, warnings, questions);
    }

    /** Where a requirement key is written. */
    @FunctionalInterface
    interface Locator {
        Location of(String path);

        default Location of(RequirementKey key) {
            return of(key.path());
        }
    }
}
