package dev.archforge.design.decision;

import dev.archforge.design.Designer;
import dev.archforge.design.plan.Architecture;
import dev.archforge.design.plan.Decision;
import dev.archforge.design.plan.Design;
import dev.archforge.design.requirements.Requirements;

/** Runs the whole designer for rule tests: a rule is tested through the decision it records. */
final class Decide {
    private Decide() {}

    static Design design(Requirements requirements) {
        return new Designer().design(requirements);
    }

    static Decision decision(Requirements requirements, String id) {
        return design(requirements).decision(id);
    }

    static Architecture architecture(Requirements requirements) {
        return design(requirements).architecture();
    }

    static String choice(Requirements requirements, String id) {
        return decision(requirements, id).choice();
    }
}
