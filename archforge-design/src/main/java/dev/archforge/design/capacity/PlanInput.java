package dev.archforge.design.capacity;

import dev.archforge.design.plan.Architecture;
import dev.archforge.design.requirements.Requirements;
import java.util.List;

/** What every section of the plan reads. */
record PlanInput(Requirements requirements, Load load, Architecture architecture, List<Deployable> deployables) {
    PlanInput {
        deployables = List.copyOf(deployables);
    }

    double availability() {
        return requirements.constraints().availability();
    }
}
