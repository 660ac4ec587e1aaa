package dev.archforge.design.artifact;

import dev.archforge.design.Blueprints;
import dev.archforge.design.blueprint.Blueprint;
import dev.archforge.design.plan.Design;

/** A blueprint written by every registered contributor, for the hand-built test designs. */
final class Artifacts {
    private Artifacts() {}

    static Blueprint blueprint(Design design) {
        return Blueprints.render(design);
    }
}
